import { contactId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { appointmentOutputFields, appointmentSample } from './samples';

export default defineGhlTrigger({
  key: 'get_contact_appointments',
  noun: 'Appointment',
  label: 'New Appointment for Contact',
  description: 'Triggers when a new appointment is booked for the chosen contact.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/appointments' },
  unwrap: 'events',
  inputs: [contactId('The contact whose appointments to watch.')],
  newestFirstBy: 'dateAdded',
  sample: appointmentSample,
  outputFields: appointmentOutputFields,
});
