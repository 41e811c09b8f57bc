import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { atLeastOneOf } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { BLOCK_TARGET, BLOCK_TARGET_ONE_OF, blockSlotInputs } from './inputs';
import { blockSlotOutputFields, blockSlotSample } from './samples';

export default defineGhlCreate({
  key: 'create_block_slot',
  noun: 'Blocked Slot',
  label: 'Create Blocked Slot',
  description: "Blocks time on a calendar or a team member's (lunch, meetings, leave) so nobody can book it.",
  endpoint: endpoint('POST', '/calendars/events/block-slots', API_VERSION.calendarsAndConversations),
  fromConnection: ['locationId'],
  inputs: blockSlotInputs('create'),
  exclusive: [BLOCK_TARGET_ONE_OF],
  check: atLeastOneOf(BLOCK_TARGET, 'to say whose time to block'),
  sample: blockSlotSample,
  outputFields: blockSlotOutputFields,
});
