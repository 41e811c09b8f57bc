import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { calendarId, userId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { epochMillis, timeZone } from '../../operations/inputs';
import { freeSlotsOutputFields, freeSlotsSample, slotsByDay } from './freeSlots';

const DAY = 24 * 3600 * 1000;

export default defineGhlTrigger({
  key: 'get_free_slots',
  noun: 'Free Slot',
  label: 'Get Free Slots',
  hidden: true,
  description: 'Triggers when a day in the chosen range has free booking times on the calendar, listing them readably.',
  endpoint: endpoint('GET', '/calendars/{calendarId}/free-slots', API_VERSION.calendarsAndConversations),
  inputs: [
    calendarId('The calendar whose free times to list.'),
    epochMillis('startDate', {
      label: 'From',
      helpText: 'First day to look at, in any common date form. Default: now.',
      example: '2026-12-01',
    }),
    epochMillis('endDate', {
      label: 'Until',
      helpText: 'Last day to look at (at most 31 days after From). Default: 7 days from now.',
      example: '2026-12-07',
    }),
    timeZone('timezone', {
      label: 'Time Zone',
      helpText: "Show the times in this time zone, such as Africa/Johannesburg. Default: the calendar's.",
    }),
    userId('userId', 'Team Member', 'Only the free times of this team member.'),
  ],
  defaults: () => ({ startDate: String(Date.now()), endDate: String(Date.now() + 7 * DAY) }),
  toRows: slotsByDay,
  sample: freeSlotsSample,
  outputFields: freeSlotsOutputFields,
});
