import { findFromTrigger } from '../../operations/findStep';
import get_contact_note from './get_contact_note';

export default findFromTrigger(get_contact_note, {
  key: 'find_contact_note',
  label: 'Find Contact Note',
  description: "Finds one of a contact's notes by its ID.",
  one: true,
});
