import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarGroupId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { calendarOutputFields, calendarSample } from './samples';

export default defineGhlTrigger({
  key: 'list_calendars',
  noun: 'Calendar',
  label: 'New Calendar',
  description: 'Triggers when a new calendar is added to the location, or to the chosen group.',
  endpoint: endpoint('GET', '/calendars/', API_VERSION.calendarsAndConversations),
  unwrap: 'calendars',
  fromConnection: ['locationId'],
  inputs: [calendarGroupId('groupId', 'Only calendars of this group. Leave empty for every calendar.', false)],
  sample: calendarSample,
  outputFields: calendarOutputFields,
});
