import { findFromTrigger } from '../../operations/findStep';
import list_calendar_events from './list_calendar_events';

export default findFromTrigger(list_calendar_events, {
  key: 'find_calendar_events',
  label: 'Find Calendar Events',
  description: 'Finds the appointments and events of a calendar, user or group in a date range.',
});
