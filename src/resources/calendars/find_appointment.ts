import { findFromTrigger } from '../../operations/findStep';
import get_appointment from './get_appointment';

export default findFromTrigger(get_appointment, {
  key: 'find_appointment',
  label: 'Find Appointment',
  description: 'Finds an appointment by its ID.',

  one: true,
});
