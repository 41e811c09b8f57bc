import { defineGhlCreate } from '../../operations/define';
import { associationOutputFields, associationSample } from './samples';
import { associationId, relatedRecordId } from '../../fields/records';

export default defineGhlCreate({
  key: 'create_relation',
  noun: 'Relation',
  label: 'Create Relation',
  description: 'Links two records under an association, such as a contact to their dentist.',
  endpoint: { method: 'POST', path: '/associations/relations' },
  fromConnection: ['locationId'],
  inputs: [
    associationId('The kind of link to make.'),
    relatedRecordId('firstRecordId', 'First Record', "The record on the association's first side."),
    relatedRecordId('secondRecordId', 'Second Record', "The record on the association's second side."),
  ],
  // GHL answers with the association the relation was made under.
  sample: associationSample,
  outputFields: associationOutputFields,
});
