import { calendarId } from '../../fields/records';
import { calendarDelete } from './deleteRow';

export default calendarDelete({
  key: 'delete_calendar',
  noun: 'Calendar',
  label: 'Delete Calendar',
  what: 'a calendar and its booking page',
  path: '/calendars/{calendarId}',
  inputs: [calendarId('The calendar to delete.')],
});
