import { findFromTrigger } from '../../operations/findStep';
import search_contacts from './search_contacts';

export default findFromTrigger(search_contacts, {
  key: 'find_contacts',
  label: 'Find Contacts',
  description: 'Finds contacts matching search words (name, email, phone, company), newest first.',
});
