import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { eventWindowCheck, eventWindowDefaults, eventWindowInputs } from './eventWindow';
import { blockSlotOutputFields, blockSlotSample } from './samples';

export default defineGhlTrigger({
  key: 'list_blocked_slots',
  noun: 'Blocked Slot',
  label: 'New Blocked Slot',
  description:
    'Triggers when time is newly blocked on the chosen calendar, team member or group (within the time window).',
  endpoint: endpoint('GET', '/calendars/blocked-slots', API_VERSION.calendarsAndConversations),
  unwrap: 'events',
  fromConnection: ['locationId'],
  inputs: eventWindowInputs(),
  defaults: eventWindowDefaults,
  check: eventWindowCheck,
  newestFirstBy: 'startTime',
  sample: blockSlotSample,
  outputFields: blockSlotOutputFields,
});
