import { outputField } from '../../operations/outputFields';
import { businessId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';

export default defineGhlCreate({
  key: 'delete_business',
  noun: 'Business',
  label: 'Delete Business',
  description: 'Deletes a business record; its contacts stay. This cannot be undone.',
  endpoint: { method: 'DELETE', path: '/businesses/{businessId}' },
  inputs: [businessId('The business to delete.')],
  sample: { success: true },
  outputFields: [outputField('success', 'Succeeded', 'boolean')],
});
