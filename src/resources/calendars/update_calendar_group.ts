import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarGroupId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { groupInputs } from './inputs';
import { groupOutputFields, groupSample } from './samples';

/** GHL's group update replaces name, description and slug together, so all three are required. */
export default defineGhlCreate({
  key: 'update_calendar_group',
  noun: 'Calendar Group',
  label: 'Update Calendar Group',
  description: "Updates a calendar group's name, description and URL slug (all three are set together).",
  endpoint: endpoint('PUT', '/calendars/groups/{groupId}', API_VERSION.calendarsAndConversations),
  unwrap: 'group',
  inputs: [calendarGroupId('groupId', 'The group to update.'), ...groupInputs()],
  sample: groupSample,
  outputFields: groupOutputFields,
});
