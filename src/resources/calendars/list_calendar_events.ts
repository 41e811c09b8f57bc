import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { eventWindowCheck, eventWindowDefaults, eventWindowInputs } from './eventWindow';
import { eventOutputFields, eventSample } from './samples';

export default defineGhlTrigger({
  key: 'list_calendar_events',
  noun: 'Appointment',
  label: 'New Calendar Event',
  description:
    'Triggers when a new appointment is booked on the chosen calendar, team member or group (within the time window).',
  endpoint: endpoint('GET', '/calendars/events', API_VERSION.calendarsAndConversations),
  unwrap: 'events',
  fromConnection: ['locationId'],
  inputs: eventWindowInputs(),
  defaults: eventWindowDefaults,
  check: eventWindowCheck,
  newestFirstBy: 'dateAdded',
  sample: eventSample,
  outputFields: eventOutputFields,
});
