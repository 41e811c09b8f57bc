import { outputField } from '../../operations/outputFields';
import { defineGhlTrigger } from '../../operations/define';

export default defineGhlTrigger({
  key: 'list_snapshots',
  noun: 'Snapshot',
  label: 'New Snapshot',
  description:
    "Triggers when a new snapshot (a saved copy of a location's setup) is added to the agency. Needs a connection made by an agency user.",
  audience: 'agency',
  endpoint: { method: 'GET', path: '/snapshots/' },
  unwrap: 'snapshots',
  fromConnection: ['companyId'],
  inputs: [],
  sample: { id: 'snpDental0000000001', name: 'Dental Practice Starter', type: 'own' },
  outputFields: [outputField('id', 'Snapshot ID'), outputField('name', 'Name'), outputField('type', 'Type')],
});
