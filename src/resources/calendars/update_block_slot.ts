import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { blockSlotId } from './fields';
import { BLOCK_TARGET_ONE_OF, blockSlotInputs } from './inputs';
import { blockSlotOutputFields, blockSlotSample } from './samples';

export default defineGhlCreate({
  key: 'update_block_slot',
  noun: 'Blocked Slot',
  label: 'Update Blocked Slot',
  description: 'Moves or renames blocked time on a calendar. Empty fields keep their current values.',
  endpoint: calendarEndpoint('PUT', '/calendars/events/block-slots/{eventId}'),
  fromConnection: ['locationId'],
  inputs: [blockSlotId(), ...blockSlotInputs('update')],
  exclusive: [BLOCK_TARGET_ONE_OF],
  check: somethingToChange(['eventId', 'bookingTimeZone']),
  sample: blockSlotSample,
  outputFields: blockSlotOutputFields,
});
