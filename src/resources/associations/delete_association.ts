import { defineGhlCreate } from '../../operations/define';
import { associationDeletedOutputFields, associationDeletedSample } from './samples';
import { associationId } from '../../fields/records';

export default defineGhlCreate({
  key: 'delete_association',
  noun: 'Association',
  label: 'Delete Association',
  description: 'Deletes an association you created, and every link (relation) made with it. This cannot be undone.',
  endpoint: { method: 'DELETE', path: '/associations/{associationId}' },
  inputs: [associationId('The association to delete. Only ones you created can be deleted.')],
  sample: associationDeletedSample,
  outputFields: associationDeletedOutputFields,
});
