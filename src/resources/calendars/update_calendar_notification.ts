import { calendarId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { notificationId } from './fields';
import { notificationInputs } from './notificationInputs';
import { messageOutputFields, messageSample } from './samples';

export default defineGhlCreate({
  key: 'update_calendar_notification',
  noun: 'Notification',
  label: 'Update Calendar Notification',
  description: "Changes a calendar notification's message, channel or recipients. Empty fields keep their current values.",
  endpoint: calendarEndpoint('PUT', '/calendars/{calendarId}/notifications/{notificationId}'),
  inputs: [calendarId(), notificationId(), ...notificationInputs('update')],
  check: somethingToChange(['calendarId', 'notificationId']),
  sample: messageSample,
  outputFields: messageOutputFields,
});
