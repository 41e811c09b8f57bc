import { defineGhlCreate } from '../../operations/define';
import { recordId } from '../../operations/inputs';
import { associationOutputFields, associationSample } from './samples';
import { relatedRecordId } from '../../fields/records';

export default defineGhlCreate({
  key: 'delete_relation',
  noun: 'Relation',
  label: 'Delete Relation',
  description: 'Removes one link between two records; both records stay. This cannot be undone.',
  endpoint: { method: 'DELETE', path: '/associations/relations/{relationId}' },
  fromConnection: ['locationId'],
  // The record only feeds the relation dropdown.
  sends: ['locationId'],
  inputs: [
    relatedRecordId(
      'recordId',
      'Record',
      'Pick a record to choose one of its links from a list. Not needed when you map a Relation ID.',
      false,
    ),
    recordId('relationId', {
      label: 'Relation',
      helpText: 'The link to remove. Pick one of the record above, or map a Relation ID from an earlier step.',
      required: true,
      extra: { dynamic: 'get_relations_by_record.id.secondRecordId' },
    }),
  ],
  sample: associationSample,
  outputFields: associationOutputFields,
});
