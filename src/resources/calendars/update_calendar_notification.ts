import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarId, notificationId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { notificationInputs } from './notificationInputs';
import { messageOutputFields, messageSample } from './samples';

export default defineGhlCreate({
  key: 'update_calendar_notification',
  noun: 'Notification',
  label: 'Update Calendar Notification',
  description:
    "Changes a calendar notification's message, channel or recipients. Empty fields keep their current values.",
  endpoint: endpoint(
    'PUT',
    '/calendars/{calendarId}/notifications/{notificationId}',
    API_VERSION.calendarsAndConversations,
  ),
  inputs: [calendarId(), notificationId(), ...notificationInputs('update')],
  check: somethingToChange(['calendarId', 'notificationId']),
  sample: messageSample,
  outputFields: messageOutputFields,
});
