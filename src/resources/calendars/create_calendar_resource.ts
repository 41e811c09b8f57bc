import { defineGhlCreate } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { resourceType } from './fields';
import { resourceInputs } from './resourceInputs';
import { resourceOutputFields, resourceSample } from './samples';

export default defineGhlCreate({
  key: 'create_calendar_resource',
  noun: 'Resource',
  label: 'Create Calendar Resource',
  description: 'Adds a room or piece of equipment that calendars book along with appointments.',
  endpoint: calendarEndpoint('POST', '/calendars/resources/{resourceType}'),
  fromConnection: ['locationId'],
  inputs: [resourceType(), ...resourceInputs('create')],
  sample: resourceSample,
  outputFields: resourceOutputFields,
});
