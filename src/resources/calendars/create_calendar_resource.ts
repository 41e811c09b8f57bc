import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { resourceType, resourceInputs } from './resourceInputs';
import { resourceOutputFields, resourceSample } from './samples';

export default defineGhlCreate({
  key: 'create_calendar_resource',
  noun: 'Resource',
  label: 'Create Calendar Resource',
  description: 'Adds a room or piece of equipment that calendars book along with appointments.',
  endpoint: endpoint('POST', '/calendars/resources/{resourceType}', API_VERSION.calendarsAndConversations),
  fromConnection: ['locationId'],
  inputs: [resourceType(), ...resourceInputs('create')],
  sample: resourceSample,
  outputFields: resourceOutputFields,
});
