import { contactId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { taskOutputFields, taskSample } from './samples';

export default defineGhlTrigger({
  key: 'get_contact_tasks',
  noun: 'Task',
  label: 'New Task for Contact',
  description: 'Triggers when a new task is added to the chosen contact.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/tasks' },
  unwrap: 'tasks',
  inputs: [contactId('The contact whose tasks to watch.')],
  newestFirstBy: 'dueDate',
  sample: taskSample,
  outputFields: taskOutputFields,
});
