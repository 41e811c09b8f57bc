import { defineGhlTrigger } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { resourceId, resourceType } from './fields';
import { resourceOutputFields, resourceSample } from './samples';

export default defineGhlTrigger({
  key: 'get_calendar_resource',
  noun: 'Resource',
  label: 'Get Calendar Resource',
  description: 'Triggers when the chosen room or equipment is first read, giving its details to later steps.',
  endpoint: calendarEndpoint('GET', '/calendars/resources/{resourceType}/{id}'),
  inputs: [resourceType(), resourceId()],
  sample: resourceSample,
  outputFields: resourceOutputFields,
});
