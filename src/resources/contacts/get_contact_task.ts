import { contactId, taskId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { taskOutputFields, taskSample } from './samples';

export default defineGhlTrigger({
  key: 'get_contact_task',
  noun: 'Task',
  label: 'Updated Chosen Task',
  description:
    'Triggers when the chosen task is first read and again each time its title, due date or completion changes.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/tasks/{taskId}' },
  unwrap: 'task',
  inputs: [contactId('The contact the task belongs to.'), taskId()],
  changeMarkers: ['title', 'dueDate', 'completed'],
  sample: taskSample,
  outputFields: taskOutputFields,
});
