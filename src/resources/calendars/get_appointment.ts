import { appointmentId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { eventOutputFields, eventSample } from './samples';

export default defineGhlTrigger({
  key: 'get_appointment',
  noun: 'Appointment',
  label: 'Get Appointment',
  description: 'Triggers when the chosen appointment is first read and again each time it changes (rescheduled, confirmed, cancelled, ...).',
  endpoint: calendarEndpoint('GET', '/calendars/events/appointments/{eventId}'),
  // GHL's live answer wraps it as `appointment` (the spec says `event`).
  unwrap: 'appointment',
  inputs: [appointmentId()],
  changeMarkers: ['dateUpdated'],
  sample: eventSample,
  outputFields: eventOutputFields,
});
