import { defineGhlCreate } from '../../operations/define';
import { calendarEndpoint } from './endpoint';
import { blockSlotInputs } from './inputs';
import { blockSlotOutputFields, blockSlotSample } from './samples';

export default defineGhlCreate({
  key: 'create_block_slot',
  noun: 'Blocked Slot',
  label: 'Create Blocked Slot',
  description: 'Blocks time on a calendar (lunch, meetings, leave) so nobody can book it.',
  endpoint: calendarEndpoint('POST', '/calendars/events/block-slots'),
  fromConnection: ['locationId'],
  inputs: blockSlotInputs('create'),
  sample: blockSlotSample,
  outputFields: blockSlotOutputFields,
});
