import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { resourceType } from './resourceInputs';
import { resourceOutputFields, resourceSample } from './samples';

export default defineGhlTrigger({
  key: 'list_calendar_resources',
  noun: 'Resource',
  label: 'New Calendar Resource',
  description: 'Triggers when a new room or piece of equipment is added to the location.',
  endpoint: endpoint('GET', '/calendars/resources/{resourceType}', API_VERSION.calendarsAndConversations),
  fromConnection: ['locationId'],
  constants: { limit: 100, skip: 0 },
  inputs: [resourceType()],
  sample: resourceSample,
  outputFields: resourceOutputFields,
});
