import { contactSearchTrigger } from './searchTrigger';

export default contactSearchTrigger({
  key: 'updated_contact',
  label: 'New or Updated Contact',
  description:
    'Triggers when a contact is added or any of its fields, tags or custom fields change (its Date Updated moves).',
  sortBy: 'dateUpdated',
});
