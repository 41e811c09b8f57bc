import { contactId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { deletedOutputFields, deletedSample } from '../shared/samples';

export default defineGhlCreate({
  key: 'delete_contact',
  noun: 'Contact',
  label: 'Delete Contact',
  description: 'Deletes a contact with its tasks, notes and conversations. This cannot be undone.',
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}' },
  inputs: [contactId('The contact to delete permanently. This cannot be undone.')],
  sample: deletedSample,
  outputFields: deletedOutputFields,
});
