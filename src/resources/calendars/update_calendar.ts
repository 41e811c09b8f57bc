import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { calendarInputs } from './inputs';
import { calendarOutputFields, calendarSample } from './samples';

export default defineGhlCreate({
  key: 'update_calendar',
  noun: 'Calendar',
  label: 'Update Calendar',
  description: "Updates a calendar's settings. Empty fields keep their current values.",
  endpoint: endpoint('PUT', '/calendars/{calendarId}', API_VERSION.calendarsAndConversations),
  unwrap: 'calendar',
  inputs: [calendarId('The calendar to update.'), ...calendarInputs('update')],
  check: somethingToChange(['calendarId']),
  sample: calendarSample,
  outputFields: calendarOutputFields,
});
