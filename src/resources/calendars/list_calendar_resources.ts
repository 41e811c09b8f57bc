import { defineGhlTrigger } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { resourceType } from './fields';
import { resourceOutputFields, resourceSample } from './samples';

export default defineGhlTrigger({
  key: 'list_calendar_resources',
  noun: 'Resource',
  label: 'List Calendar Resources',
  description: 'Triggers when a new room or piece of equipment is added to the location.',
  endpoint: calendarEndpoint('GET', '/calendars/resources/{resourceType}'),
  fromConnection: ['locationId'],
  constants: { limit: 100, skip: 0 },
  inputs: [resourceType()],
  sample: resourceSample,
  outputFields: resourceOutputFields,
});
