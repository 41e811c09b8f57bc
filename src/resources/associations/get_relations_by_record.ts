import { defineGhlTrigger } from '../../operations/define';
import { relationOutputFields, relationSample } from './samples';
import { relatedRecordId } from '../../fields/records';

export default defineGhlTrigger({
  key: 'get_relations_by_record',
  noun: 'Relation',
  label: 'New Relation for Record',
  description: 'Triggers when the chosen record is linked to another record (a new relation).',
  endpoint: { method: 'GET', path: '/associations/relations/{recordId}' },
  fromConnection: ['locationId'],
  inputs: [relatedRecordId('recordId', 'Record', 'The record whose links to watch.')],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'skip' },
  // GHL answers this list in storage order, oldest first, with no sort parameter.
  storageOrder: true,
  unwrap: 'relations',
  sample: relationSample,
  outputFields: relationOutputFields,
});
