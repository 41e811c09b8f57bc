import { contactId, noteId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { deletedOutputFields, deletedSample } from '../shared/samples';

export default defineGhlCreate({
  key: 'delete_contact_note',
  noun: 'Note',
  label: 'Delete Contact Note',
  description: "Deletes a contact's note. This cannot be undone.",
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/notes/{id}' },
  inputs: [contactId('The contact the note belongs to.'), noteId()],
  sample: deletedSample,
  outputFields: deletedOutputFields,
});
