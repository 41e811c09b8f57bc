import { opportunityId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { deletedOutputFields, deletedSample } from '../shared/deleted';

export default defineGhlCreate({
  key: 'delete_opportunity',
  noun: 'Opportunity',
  label: 'Delete Opportunity',
  description: 'Deletes an opportunity. This cannot be undone.',
  endpoint: { method: 'DELETE', path: '/opportunities/{id}' },
  inputs: [opportunityId()],
  sample: deletedSample,
  outputFields: deletedOutputFields,
});
