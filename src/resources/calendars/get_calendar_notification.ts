import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarId, notificationId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { notificationOutputFields, notificationSample } from './samples';

export default defineGhlTrigger({
  key: 'get_calendar_notification',
  noun: 'Notification',
  label: 'Get Calendar Notification',
  hidden: true,
  description: 'Triggers when the chosen calendar notification is first read, giving its settings to later steps.',
  endpoint: endpoint(
    'GET',
    '/calendars/{calendarId}/notifications/{notificationId}',
    API_VERSION.calendarsAndConversations,
  ),
  idFrom: '_id',
  inputs: [calendarId(), notificationId()],
  sample: notificationSample,
  outputFields: notificationOutputFields,
});
