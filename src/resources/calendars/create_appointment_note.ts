import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { appointmentNoteInputs } from './noteInputs';
import { appointmentNoteOutputFields, appointmentNoteSample } from './samples';

export default defineGhlCreate({
  key: 'create_appointment_note',
  noun: 'Note',
  label: 'Create Appointment Note',
  description: 'Adds a note to an appointment.',
  endpoint: endpoint('POST', '/calendars/appointments/{appointmentId}/notes', API_VERSION.calendarsAndConversations),
  unwrap: 'note',
  inputs: appointmentNoteInputs(),
  sample: appointmentNoteSample,
  outputFields: appointmentNoteOutputFields,
});
