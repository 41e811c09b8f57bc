import { defineGhlCreate } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { appointmentNoteInputs } from './noteInputs';
import { appointmentNoteOutputFields, appointmentNoteSample } from './samples';

export default defineGhlCreate({
  key: 'create_appointment_note',
  noun: 'Note',
  label: 'Create Appointment Note',
  description: 'Adds a note to an appointment.',
  endpoint: calendarEndpoint('POST', '/calendars/appointments/{appointmentId}/notes'),
  unwrap: 'note',
  inputs: appointmentNoteInputs(),
  sample: appointmentNoteSample,
  outputFields: appointmentNoteOutputFields,
});
