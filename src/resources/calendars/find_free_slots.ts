import { findFromTrigger } from '../../operations/findStep';
import get_free_slots from './get_free_slots';

export default findFromTrigger(get_free_slots, {
  key: 'find_free_slots',
  label: 'Find Free Slots',
  description: "Finds a calendar's free appointment slots in a date range, in a time zone, the first free day first.",
});
