import { contactId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { taskOutputFields, taskSample } from './samples';
import { taskInputs } from './taskInputs';

export default defineGhlCreate({
  key: 'create_contact_task',
  noun: 'Task',
  label: 'Create Contact Task',
  description: 'Creates a new task on a contact, such as a follow-up call.',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/tasks' },
  unwrap: 'task',
  // GHL requires `completed`; a new task is open unless the user says otherwise.
  constants: { completed: false },
  inputs: [contactId('The contact the task is about.'), ...taskInputs('create')],
  sample: taskSample,
  outputFields: taskOutputFields,
});
