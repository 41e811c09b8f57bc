import { findFromTrigger } from '../../operations/findStep';
import get_contact_notes from './get_contact_notes';

export default findFromTrigger(get_contact_notes, {
  key: 'find_contact_notes',
  label: 'Find Contact Notes',
  description: "Finds a contact's notes, newest first.",
});
