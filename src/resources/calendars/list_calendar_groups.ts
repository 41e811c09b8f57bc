import { defineGhlTrigger } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { groupOutputFields, groupSample } from './samples';

export default defineGhlTrigger({
  key: 'list_calendar_groups',
  noun: 'Calendar Group',
  label: 'List Calendar Groups',
  description: 'Triggers when a new calendar group is added to the location.',
  endpoint: calendarEndpoint('GET', '/calendars/groups'),
  unwrap: 'groups',
  fromConnection: ['locationId'],
  inputs: [],
  sample: groupSample,
  outputFields: groupOutputFields,
});
