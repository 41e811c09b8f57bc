import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { appointmentId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { eventOutputFields, eventSample } from './samples';

export default defineGhlTrigger({
  key: 'get_appointment',
  noun: 'Appointment',
  label: 'Updated Chosen Appointment',
  description:
    'Triggers when the chosen appointment is first read and again each time it changes (rescheduled, confirmed, cancelled, ...).',
  endpoint: endpoint('GET', '/calendars/events/appointments/{eventId}', API_VERSION.calendarsAndConversations),
  // GHL's live answer wraps it as `appointment` (the spec says `event`).
  unwrap: 'appointment',
  inputs: [appointmentId()],
  changeMarkers: ['dateUpdated'],
  sample: eventSample,
  outputFields: eventOutputFields,
});
