import { businessId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { text } from '../../operations/inputs';
import { listedContactOutputFields, listedContactSample } from './samples';

export default defineGhlTrigger({
  key: 'get_contacts_by_business',
  noun: 'Contact',
  customFieldsOf: 'contact',
  label: 'New Contact in Business',
  description: 'Triggers when a contact is linked to the chosen business.',
  endpoint: { method: 'GET', path: '/contacts/business/{businessId}' },
  unwrap: 'contacts',
  fromConnection: ['locationId'],
  inputs: [
    businessId(),
    text(
      'query',
      {
        label: 'Search Words',
        helpText: "Only contacts matching these words fire the Zap. Leave empty for all of the business's contacts.",
      },
      200,
    ),
  ],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'skip' },
  // GHL answers this list in storage order, oldest first, with no sort parameter.
  storageOrder: true,
  newestFirstBy: 'dateAdded',
  sample: listedContactSample,
  outputFields: listedContactOutputFields,
});
