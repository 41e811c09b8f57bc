import { findFromTrigger } from '../../operations/findStep';
import get_contacts_by_business from './get_contacts_by_business';

export default findFromTrigger(get_contacts_by_business, {
  key: 'find_contacts_by_business',
  label: 'Find Contacts of Business',
  description: 'Finds the contacts of a business, newest first.',
});
