import { contactSearchTrigger } from './searchTrigger';

export default contactSearchTrigger({
  key: 'new_contact',
  label: 'New Contact',
  description: 'Triggers when a new contact is added to the location.',
  sortBy: 'dateAdded',
});
