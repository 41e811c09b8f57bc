import { appointmentId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { appointmentInputs } from './inputs';
import { appointmentOutputFields, appointmentSample } from './samples';

export default defineGhlCreate({
  key: 'update_appointment',
  noun: 'Appointment',
  label: 'Update Appointment',
  description: 'Reschedules or changes an appointment (status, title, team member, ...). Empty fields keep their current values.',
  endpoint: calendarEndpoint('PUT', '/calendars/events/appointments/{eventId}'),
  inputs: [appointmentId(), ...appointmentInputs('update')],
  check: somethingToChange(['eventId', 'bookingTimeZone', 'ignoreFreeSlotValidation', 'toNotify']),
  sample: appointmentSample,
  outputFields: appointmentOutputFields,
});
