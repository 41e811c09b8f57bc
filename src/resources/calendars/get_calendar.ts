import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { calendarOutputFields, calendarSample } from './samples';

export default defineGhlTrigger({
  key: 'get_calendar',
  noun: 'Calendar',
  label: 'Get Calendar by ID',
  hidden: true,
  description: 'Triggers when the chosen calendar is first read, giving its settings to later steps.',
  endpoint: endpoint('GET', '/calendars/{calendarId}', API_VERSION.calendarsAndConversations),
  unwrap: 'calendar',
  inputs: [calendarId()],
  sample: calendarSample,
  outputFields: calendarOutputFields,
});
