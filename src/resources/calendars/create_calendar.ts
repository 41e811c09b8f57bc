import { defineGhlCreate } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { calendarInputs } from './inputs';
import { calendarOutputFields, calendarSample } from './samples';

export default defineGhlCreate({
  key: 'create_calendar',
  noun: 'Calendar',
  label: 'Create Calendar',
  description: 'Creates a new booking calendar in the location.',
  endpoint: calendarEndpoint('POST', '/calendars/'),
  unwrap: 'calendar',
  fromConnection: ['locationId'],
  inputs: calendarInputs('create'),
  sample: calendarSample,
  outputFields: calendarOutputFields,
});
