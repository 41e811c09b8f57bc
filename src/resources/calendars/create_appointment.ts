import { defineGhlCreate } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { appointmentInputs } from './inputs';
import { appointmentOutputFields, appointmentSample } from './samples';

export default defineGhlCreate({
  key: 'create_appointment',
  noun: 'Appointment',
  label: 'Create Appointment',
  description: 'Books an appointment for a contact on a calendar.',
  endpoint: calendarEndpoint('POST', '/calendars/events/appointments'),
  fromConnection: ['locationId'],
  inputs: appointmentInputs('create'),
  sample: appointmentSample,
  outputFields: appointmentOutputFields,
});
