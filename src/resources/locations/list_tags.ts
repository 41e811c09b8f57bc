import { outputField } from '../../operations/outputFields';
import { defineGhlTrigger } from '../../operations/define';

/** Feeds the Tags dropdowns; hidden because new tags are not an event people build Zaps on. */
export default defineGhlTrigger({
  key: 'list_tags',
  noun: 'Tag',
  label: 'List Tags',
  description: 'Triggers when a new tag is created in the location.',
  hidden: true,
  endpoint: { method: 'GET', path: '/locations/{locationId}/tags' },
  unwrap: 'tags',
  fromConnection: ['locationId'],
  inputs: [],
  sample: { id: 'flGwEuzsfJOia1i1ikRN', name: 'sms-lead', locationId: 've9EPM428h8vShlRW1KT' },
  outputFields: [
    outputField('id', 'Tag ID'),
    outputField('name', 'Tag Name'),
    outputField('locationId', 'Location ID'),
  ],
});
