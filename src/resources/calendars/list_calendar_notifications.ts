import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { notificationOutputFields, notificationSample } from './samples';

export default defineGhlTrigger({
  key: 'list_calendar_notifications',
  noun: 'Notification',
  label: 'New Calendar Notification',
  description:
    'Triggers when a new notification (confirmation, reminder, follow-up, ...) is set up on the chosen calendar.',
  endpoint: endpoint('GET', '/calendars/{calendarId}/notifications', API_VERSION.calendarsAndConversations),
  idFrom: '_id',
  constants: { limit: 100, skip: 0 },
  inputs: [calendarId()],
  sample: notificationSample,
  outputFields: notificationOutputFields,
});
