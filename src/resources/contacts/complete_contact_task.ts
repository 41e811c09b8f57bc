import { contactId, taskId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { boolean } from '../../operations/inputs';
import { taskOutputFields, taskSample } from './samples';

export default defineGhlCreate({
  key: 'complete_contact_task',
  noun: 'Task',
  label: 'Complete Contact Task',
  description: "Marks a contact's task as completed (or open again).",
  endpoint: { method: 'PUT', path: '/contacts/{contactId}/tasks/{taskId}/completed' },
  unwrap: 'task',
  constants: { completed: true },
  inputs: [
    contactId('The contact the task belongs to.'),
    taskId(),
    boolean('completed', { label: 'Completed', helpText: 'Yes (the default) marks the task done; No reopens it.' }),
  ],
  sample: { ...taskSample, completed: true },
  outputFields: taskOutputFields,
});
