import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { resourceId } from '../../fields/records';
import { resourceType, resourceInputs } from './resourceInputs';
import { savedResourceOutputFields, savedResourceSample } from './samples';

export default defineGhlCreate({
  key: 'update_calendar_resource',
  noun: 'Resource',
  label: 'Update Calendar Resource',
  description: 'Changes a room or piece of equipment. Empty fields keep their current values.',
  endpoint: endpoint('PUT', '/calendars/resources/{resourceType}/{id}', API_VERSION.calendarsAndConversations),
  inputs: [resourceType(), resourceId(), ...resourceInputs('update')],
  check: somethingToChange(['resourceType', 'id']),
  sample: savedResourceSample,
  outputFields: savedResourceOutputFields,
});
