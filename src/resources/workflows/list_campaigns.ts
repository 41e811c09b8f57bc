import { outputField } from '../../operations/outputFields';
import { defineGhlTrigger } from '../../operations/define';
import { choice } from '../../operations/inputs';

export default defineGhlTrigger({
  key: 'list_campaigns',
  noun: 'Campaign',
  label: 'New Campaign',
  description: 'Triggers when a new campaign is added to the location.',
  endpoint: { method: 'GET', path: '/campaigns/' },
  unwrap: 'campaigns',
  fromConnection: ['locationId'],
  inputs: [
    choice(
      'status',
      { label: 'Status', helpText: 'Only campaigns with this status. Leave empty for all.' },
      { draft: 'Draft', published: 'Published' },
    ),
  ],
  sample: {
    id: 'mIVALPYuTD7YjUHnFEx4',
    name: 'Winter Whitening Promo',
    status: 'published',
    locationId: 've9EPM428h8vShlRW1KT',
  },
  outputFields: [
    outputField('id', 'Campaign ID'),
    outputField('name', 'Name'),
    outputField('status', 'Status'),
    outputField('locationId', 'Location ID'),
  ],
});
