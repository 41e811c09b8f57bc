import { contactId, taskId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { taskOutputFields, taskSample } from './task';
import { taskInputs } from './taskInputs';

export default defineGhlCreate({
  key: 'update_contact_task',
  noun: 'Task',
  label: 'Update Contact Task',
  description: "Updates a contact's task. Only the fields you fill in are changed.",
  endpoint: { method: 'PUT', path: '/contacts/{contactId}/tasks/{taskId}' },
  unwrap: 'task',
  inputs: [contactId('The contact the task belongs to.'), taskId(), ...taskInputs('update')],
  check: somethingToChange(['contactId', 'taskId']),
  sample: taskSample,
  outputFields: taskOutputFields,
});
