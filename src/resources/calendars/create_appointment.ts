import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { appointmentInputs } from './inputs';
import { appointmentOutputFields, appointmentSample } from './samples';

export default defineGhlCreate({
  key: 'create_appointment',
  noun: 'Appointment',
  label: 'Create Appointment',
  description: 'Books an appointment for a contact on a calendar.',
  endpoint: endpoint('POST', '/calendars/events/appointments', API_VERSION.calendarsAndConversations),
  fromConnection: ['locationId'],
  inputs: appointmentInputs('create'),
  sample: appointmentSample,
  outputFields: appointmentOutputFields,
});
