import { defineGhlTrigger } from '../../operations/define';
import { text } from '../../operations/inputs';
import { listedContactOutputFields, listedContactSample } from './samples';

/** GET /contacts/ is deprecated by GHL: kept for existing Zaps, hidden from new ones (use New Contact). */
export default defineGhlTrigger({
  key: 'list_contacts',
  noun: 'Contact',
  customFieldsOf: 'contact',
  label: 'List Contacts (Deprecated)',
  description: 'Triggers when a new contact is added (deprecated by HighLevel: use New Contact instead).',
  hidden: true,
  endpoint: { method: 'GET', path: '/contacts/' },
  unwrap: 'contacts',
  fromConnection: ['locationId'],
  constants: { limit: 100 },
  inputs: [
    text(
      'query',
      {
        label: 'Search Words',
        helpText: 'Only contacts matching these words fire the Zap. Leave empty for all contacts.',
      },
      200,
    ),
  ],
  newestFirstBy: 'dateAdded',
  sample: listedContactSample,
  outputFields: listedContactOutputFields,
});
