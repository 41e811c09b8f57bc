import { text } from '../../operations/inputs';
import { contactSearchTrigger } from './searchTrigger';

export default contactSearchTrigger({
  key: 'search_contacts',
  label: 'New Contact Matching Search',
  description: 'Triggers when a new contact matching your search words is added.',
  sortBy: 'dateAdded',
  inputs: [
    text(
      'query',
      {
        label: 'Search Words',
        helpText:
          'Only contacts whose name, email, phone or company contain these words fire the Zap. Leave empty for every new contact.',
      },
      200,
    ),
  ],
});
