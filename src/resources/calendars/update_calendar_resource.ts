import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { resourceId, resourceType } from './fields';
import { resourceInputs } from './resourceInputs';
import { savedResourceOutputFields, savedResourceSample } from './samples';

export default defineGhlCreate({
  key: 'update_calendar_resource',
  noun: 'Resource',
  label: 'Update Calendar Resource',
  description: 'Changes a room or piece of equipment. Empty fields keep their current values.',
  endpoint: calendarEndpoint('PUT', '/calendars/resources/{resourceType}/{id}'),
  inputs: [resourceType(), resourceId(), ...resourceInputs('update')],
  check: somethingToChange(['resourceType', 'id']),
  sample: savedResourceSample,
  outputFields: savedResourceOutputFields,
});
