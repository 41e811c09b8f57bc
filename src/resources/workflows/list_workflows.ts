import { outputField } from '../../operations/outputFields';
import { defineGhlTrigger } from '../../operations/define';

export default defineGhlTrigger({
  key: 'list_workflows',
  noun: 'Workflow',
  label: 'New Workflow',
  description: 'Triggers when a new workflow (automation) is added to the location.',
  endpoint: { method: 'GET', path: '/workflows/' },
  unwrap: 'workflows',
  fromConnection: ['locationId'],
  inputs: [],
  newestFirstBy: 'createdAt',
  sample: {
    id: 'wfNewLead0000000001',
    name: 'New SMS Lead Nurture',
    status: 'published',
    version: 3,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-02T12:30:00.000Z',
    locationId: 've9EPM428h8vShlRW1KT',
  },
  outputFields: [
    outputField('id', 'Workflow ID'),
    outputField('name', 'Name'),
    outputField('status', 'Status'),
    outputField('createdAt', 'Created At', 'datetime'),
    outputField('updatedAt', 'Updated At', 'datetime'),
  ],
});
