import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { notificationInputs } from './notificationInputs';
import { notificationOutputFields, notificationSample } from './samples';

export default defineGhlCreate({
  key: 'create_calendar_notification',
  noun: 'Notification',
  label: 'Create Calendar Notification',
  description: 'Sets up a message (confirmation, reminder, follow-up, ...) that a calendar sends on its bookings.',
  // GHL takes a list of notifications; this step sends one.
  endpoint: endpoint('POST', '/calendars/{calendarId}/notifications', API_VERSION.calendarsAndConversations, {
    bodyIsList: true,
  }),
  idFrom: '_id',
  inputs: [calendarId('The calendar that sends the notification.'), ...notificationInputs('create')],
  sample: notificationSample,
  outputFields: notificationOutputFields,
});
