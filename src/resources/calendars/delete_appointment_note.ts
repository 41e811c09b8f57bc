import { appointmentId, appointmentNoteId } from '../../fields/records';
import { calendarDelete } from './deleteRow';

export default calendarDelete({
  key: 'delete_appointment_note',
  noun: 'Note',
  label: 'Delete Appointment Note',
  what: "an appointment's note",
  path: '/calendars/appointments/{appointmentId}/notes/{noteId}',
  inputs: [appointmentId('appointmentId', 'The appointment the note belongs to.'), appointmentNoteId()],
});
