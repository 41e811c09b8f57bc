import { contactId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { noteOutputFields, noteSample } from './samples';

export default defineGhlTrigger({
  key: 'get_contact_notes',
  noun: 'Note',
  label: 'New Note for Contact',
  description: 'Triggers when a new note is added to the chosen contact.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/notes' },
  unwrap: 'notes',
  inputs: [contactId('The contact whose notes to watch.')],
  newestFirstBy: 'dateAdded',
  sample: noteSample,
  outputFields: noteOutputFields,
});
