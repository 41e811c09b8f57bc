import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { appointmentId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { appointmentNoteOutputFields, appointmentNoteSample } from './samples';

export default defineGhlTrigger({
  key: 'list_appointment_notes',
  noun: 'Note',
  label: 'New Appointment Note',
  description: 'Triggers when a new note is added to the chosen appointment.',
  endpoint: endpoint('GET', '/calendars/appointments/{appointmentId}/notes', API_VERSION.calendarsAndConversations),
  unwrap: 'notes',
  // GHL pages notes 20 at a time at most.
  constants: { limit: 20, offset: 0 },
  inputs: [appointmentId('appointmentId')],
  newestFirstBy: 'dateAdded',
  sample: appointmentNoteSample,
  outputFields: appointmentNoteOutputFields,
});
