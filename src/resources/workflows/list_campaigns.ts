import { defineGhlTrigger } from '../../operations/define';
import { choice } from '../../operations/inputs';

export default defineGhlTrigger({
  key: 'list_campaigns',
  noun: 'Campaign',
  label: 'List Campaigns',
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
    { key: 'id', label: 'Campaign ID', type: 'string' },
    { key: 'name', label: 'Name', type: 'string' },
    { key: 'status', label: 'Status', type: 'string' },
    { key: 'locationId', label: 'Location ID', type: 'string' },
  ],
});
