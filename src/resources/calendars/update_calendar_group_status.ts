import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarGroupId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { boolean } from '../../operations/inputs';
import { successOutputFields, successSample } from './samples';

export default defineGhlCreate({
  key: 'update_calendar_group_status',
  noun: 'Calendar Group',
  label: 'Update Calendar Group Status',
  description: 'Switches a calendar group on or off for booking.',
  endpoint: endpoint('PUT', '/calendars/groups/{groupId}/status', API_VERSION.calendarsAndConversations),
  inputs: [
    calendarGroupId('groupId', 'The group to switch on or off.'),
    boolean('isActive', {
      label: 'Active',
      helpText: 'Yes switches the group on; No switches it off.',
      required: true,
    }),
  ],
  sample: successSample,
  outputFields: successOutputFields,
});
