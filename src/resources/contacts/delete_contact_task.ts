import { contactId, taskId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { deletedOutputFields, deletedSample } from '../shared/samples';

export default defineGhlCreate({
  key: 'delete_contact_task',
  noun: 'Task',
  label: 'Delete Contact Task',
  description: "Deletes a contact's task. This cannot be undone.",
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/tasks/{taskId}' },
  inputs: [contactId('The contact the task belongs to.'), taskId()],
  sample: deletedSample,
  outputFields: deletedOutputFields,
});
