import { contactId, noteId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { noteOutputFields, noteSample } from './samples';

export default defineGhlTrigger({
  key: 'get_contact_note',
  noun: 'Note',
  label: 'Updated Chosen Note',
  description: 'Triggers when the chosen note is first read and again each time its title, text or pin changes.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/notes/{id}' },
  unwrap: 'note',
  inputs: [contactId('The contact the note belongs to.'), noteId()],
  changeMarkers: ['title', 'body', 'pinned'],
  sample: noteSample,
  outputFields: noteOutputFields,
});
