import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { blockSlotId } from '../../fields/records';
import { BLOCK_TARGET_ONE_OF, blockSlotInputs } from './inputs';
import { blockSlotOutputFields, blockSlotSample } from './samples';

export default defineGhlCreate({
  key: 'update_block_slot',
  noun: 'Blocked Slot',
  label: 'Update Blocked Slot',
  description: 'Moves or renames blocked time on a calendar. Empty fields keep their current values.',
  endpoint: endpoint('PUT', '/calendars/events/block-slots/{eventId}', API_VERSION.calendarsAndConversations),
  fromConnection: ['locationId'],
  inputs: [blockSlotId(), ...blockSlotInputs('update')],
  exclusive: [BLOCK_TARGET_ONE_OF],
  check: somethingToChange(['eventId', 'bookingTimeZone']),
  sample: blockSlotSample,
  outputFields: blockSlotOutputFields,
});
