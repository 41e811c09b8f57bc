import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { appointmentId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { appointmentInputs } from './inputs';
import { appointmentOutputFields, appointmentSample } from './samples';

export default defineGhlCreate({
  key: 'update_appointment',
  noun: 'Appointment',
  label: 'Update Appointment',
  description:
    'Reschedules or changes an appointment (status, title, team member, ...). Empty fields keep their current values.',
  endpoint: endpoint('PUT', '/calendars/events/appointments/{eventId}', API_VERSION.calendarsAndConversations),
  inputs: [appointmentId(), ...appointmentInputs('update')],
  check: somethingToChange(['eventId', 'bookingTimeZone', 'ignoreFreeSlotValidation', 'toNotify']),
  sample: appointmentSample,
  outputFields: appointmentOutputFields,
});
