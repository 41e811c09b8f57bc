import { findFromTrigger } from '../../operations/findStep';
import get_contact_task from './get_contact_task';

export default findFromTrigger(get_contact_task, {
  key: 'find_contact_task',
  label: 'Find Contact Task',
  description: "Finds one of a contact's tasks by its ID.",
  one: true,
});
