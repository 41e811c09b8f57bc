import { outputField } from '../../operations/outputFields';
import { businessId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { stringList } from '../../operations/inputs';

export default defineGhlCreate({
  key: 'bulk_update_contact_business',
  noun: 'Contact',
  label: 'Bulk Update Contact Business',
  description: 'Links several contacts to one business (company record) at once.',
  endpoint: { method: 'POST', path: '/contacts/bulk/business' },
  fromConnection: ['locationId'],
  inputs: [
    stringList(
      'ids',
      {
        label: 'Contacts',
        helpText: 'The contacts to link: pick them, or map Contact IDs from earlier steps.',
        required: true,
        extra: { dynamic: 'new_contact.id.label' },
      },
      500,
    ),
    businessId('The business to link the contacts to.'),
  ],
  sample: { success: true, ids: ['seD4PfOuKoVMLkEZqohJ', 'pOC0uJ97VYOKH2m3fkMD'] },
  outputFields: [outputField('success', 'Succeeded', 'boolean'), outputField('ids[]', 'Contact IDs')],
});
