import { contactId } from '../../fields/records';
import { defineGhlHookTrigger } from '../../operations/hookTrigger';
import new_contact from './new_contact';
import { withoutEnvelope } from '../shared/eventRows';
import get_contact_notes from './get_contact_notes';
import { noteEventOutputFields, noteEventSample } from './samples';

export default defineGhlHookTrigger({
  key: 'new_note',
  noun: 'Note',
  label: 'Note Added to Contact',
  description: 'Triggers when a note is added to a contact in HighLevel.',
  event: 'NoteCreate',
  filters: [
    {
      input: contactId("Only this contact's notes. Leave empty for every contact's notes.", false),
      path: 'contactId',
    },
  ],
  toRow: withoutEnvelope,
  // GHL lists notes per contact only: samples come from the chosen contact's, else the newest contact's.
  list: {
    trigger: get_contact_notes,
    inputData: (values) => (values.contactId ? { contactId: values.contactId } : undefined),
    otherwise: { trigger: new_contact, inputData: (record) => ({ contactId: record.id }) },
    toPayload: (note) => ({ type: 'NoteCreate', ...note }),
  },
  sample: withoutEnvelope(noteEventSample),
  outputFields: noteEventOutputFields,
});
