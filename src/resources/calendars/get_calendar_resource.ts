import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { resourceId } from '../../fields/records';
import { resourceType } from './resourceInputs';
import { resourceOutputFields, resourceSample } from './samples';

export default defineGhlTrigger({
  key: 'get_calendar_resource',
  noun: 'Resource',
  label: 'Get Calendar Resource',
  hidden: true,
  description: 'Triggers when the chosen room or equipment is first read, giving its details to later steps.',
  endpoint: endpoint('GET', '/calendars/resources/{resourceType}/{id}', API_VERSION.calendarsAndConversations),
  inputs: [resourceType(), resourceId()],
  sample: resourceSample,
  outputFields: resourceOutputFields,
});
