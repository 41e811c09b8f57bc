import { contactId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { noteOutputFields, noteSample } from './samples';
import { noteInputs } from './noteInputs';

export default defineGhlCreate({
  key: 'create_contact_note',
  noun: 'Note',
  label: 'Create Contact Note',
  description: 'Creates a new note on a contact, such as the text of an incoming SMS.',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/notes' },
  unwrap: 'note',
  inputs: [contactId('The contact to add the note to.'), ...noteInputs('create')],
  sample: noteSample,
  outputFields: noteOutputFields,
});
