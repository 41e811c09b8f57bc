import { calendarId, notificationId } from '../../fields/records';
import { calendarDelete } from './deleteRow';
import { messageOutputFields } from './samples';

export default calendarDelete({
  key: 'delete_calendar_notification',
  noun: 'Notification',
  label: 'Delete Calendar Notification',
  what: "a calendar's notification",
  path: '/calendars/{calendarId}/notifications/{notificationId}',
  inputs: [calendarId(), notificationId()],
  sample: { message: 'Notification deleted' },
  outputFields: messageOutputFields,
});
