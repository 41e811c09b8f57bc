import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { calendarInputs } from './inputs';
import { calendarOutputFields, calendarSample } from './samples';

export default defineGhlCreate({
  key: 'create_calendar',
  noun: 'Calendar',
  label: 'Create Calendar',
  description: 'Creates a new booking calendar in the location.',
  endpoint: endpoint('POST', '/calendars/', API_VERSION.calendarsAndConversations),
  unwrap: 'calendar',
  fromConnection: ['locationId'],
  inputs: calendarInputs('create'),
  sample: calendarSample,
  outputFields: calendarOutputFields,
});
