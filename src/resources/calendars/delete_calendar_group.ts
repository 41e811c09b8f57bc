import { calendarGroupId } from '../../fields/records';
import { calendarDelete } from './deleteRow';

export default calendarDelete({
  key: 'delete_calendar_group',
  noun: 'Calendar Group',
  label: 'Delete Calendar Group',
  what: 'a calendar group',
  path: '/calendars/groups/{groupId}',
  inputs: [calendarGroupId('groupId', 'The group to delete.')],
});
