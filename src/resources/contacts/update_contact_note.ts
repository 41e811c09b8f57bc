import { contactId, noteId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { noteOutputFields, noteSample } from './samples';
import { noteInputs } from './noteInputs';

export default defineGhlCreate({
  key: 'update_contact_note',
  noun: 'Note',
  label: 'Update Contact Note',
  description: "Updates a contact's note. Only the fields you fill in are changed.",
  endpoint: { method: 'PUT', path: '/contacts/{contactId}/notes/{id}' },
  unwrap: 'note',
  inputs: [contactId('The contact the note belongs to.'), noteId(), ...noteInputs('update')],
  check: somethingToChange(['contactId', 'id']),
  sample: noteSample,
  outputFields: noteOutputFields,
});
