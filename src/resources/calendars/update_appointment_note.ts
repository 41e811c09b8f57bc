import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { appointmentNoteId } from '../../fields/records';
import { appointmentNoteInputs } from './noteInputs';
import { appointmentNoteOutputFields, appointmentNoteSample } from './samples';

/** GHL replaces the note's text, so the text is required here too. */
export default defineGhlCreate({
  key: 'update_appointment_note',
  noun: 'Note',
  label: 'Update Appointment Note',
  description: "Replaces the text of an appointment's note.",
  endpoint: endpoint(
    'PUT',
    '/calendars/appointments/{appointmentId}/notes/{noteId}',
    API_VERSION.calendarsAndConversations,
  ),
  unwrap: 'note',
  inputs: [...appointmentNoteInputs().slice(0, 1), appointmentNoteId(), ...appointmentNoteInputs().slice(1)],
  sample: appointmentNoteSample,
  outputFields: appointmentNoteOutputFields,
});
