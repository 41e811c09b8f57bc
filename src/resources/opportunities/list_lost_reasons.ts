import { outputField } from '../../operations/outputFields';
import { defineGhlTrigger } from '../../operations/define';

export default defineGhlTrigger({
  key: 'list_lost_reasons',
  noun: 'Lost Reason',
  label: 'List Lost Reasons',
  description: 'Triggers when a new reason for losing a deal is set up in the location.',
  hidden: true,
  endpoint: { method: 'GET', path: '/opportunities/lost-reason' },
  unwrap: 'lostReasons',
  fromConnection: ['locationId'],
  inputs: [],
  sample: { id: 'CLu7BaljjqrEjBGKTNNe', name: 'Price too high', locationId: 've9EPM428h8vShlRW1KT' },
  outputFields: [outputField('id', 'Lost Reason ID'), outputField('name', 'Reason')],
});
