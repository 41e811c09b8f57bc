import { type RecordIds, seededIds } from '../sandbox/recordInputs';
import { type Json, type LocationState, newId } from '../sandbox/store';

const isoMinutesAgo = (minutes: number) => new Date(Date.parse('2026-11-22T12:00:00Z') - minutes * 60_000).toISOString();

/**
 * One contact with a task, a note and an appointment (what the per-record operations act on),
 * plus `crowd` more contacts so list triggers poll a realistically full location.
 */
export const addBenchRecords = (state: LocationState, crowd: number): RecordIds => {
  const locationId = String(state.location.id);
  const business = String(state.businesses[0]?.id);
  const contact: Json = {
    id: newId(), locationId, firstName: 'Lerato', lastName: 'Khumalo', name: 'Lerato Khumalo', email: 'lerato@example.com',
    phone: '+27825550199', tags: ['sms-lead'], type: 'lead', businessId: business, dateAdded: isoMinutesAgo(0), dateUpdated: isoMinutesAgo(0),
  };
  state.contacts.set(String(contact.id), contact);
  const task: Json = { id: newId(), contactId: contact.id, title: 'Call back', dueDate: isoMinutesAgo(-60), completed: false };
  state.tasks.set(String(task.id), task);
  const note: Json = { id: newId(), contactId: contact.id, body: 'Asked about whitening', dateAdded: isoMinutesAgo(1) };
  state.notes.set(String(note.id), note);
  const appointment: Json = {
    id: newId(), contactId: contact.id, locationId, title: 'Consultation', calendarId: 'calDental0000000001', appointmentStatus: 'confirmed',
    startTime: isoMinutesAgo(-1440), endTime: isoMinutesAgo(-1410), dateAdded: isoMinutesAgo(0), dateUpdated: isoMinutesAgo(0),
  };
  state.appointments.set(String(appointment.id), appointment);
  for (let i = 1; i <= crowd; i += 1) {
    const id = newId();
    state.contacts.set(id, { id, locationId, firstName: `Lead ${i}`, email: `lead${i}@example.com`, tags: [], type: 'lead', dateAdded: isoMinutesAgo(i), dateUpdated: isoMinutesAgo(i) });
  }
  return {
    ...seededIds(state),
    new_contact: String(contact.id),
    get_contact_tasks: String(task.id),
    get_contact_notes: String(note.id),
  };
};
