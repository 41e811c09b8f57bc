import { contactId } from '../../fields/records';
import { defineGhlHookTrigger } from '../../operations/hookTrigger';
import new_contact from './new_contact';
import { repeatableEventRow } from '../shared/eventRows';
import { outputField } from '../../operations/outputFields';
import get_contact_tasks from './get_contact_tasks';
import { taskEventOutputFields, taskEventSample } from './samples';

/** A task can be reopened and completed again: each completion is a row of its own, so the Zap runs again. */
const completionRow = repeatableEventRow('taskId', (task) => task.dueDate);

export default defineGhlHookTrigger({
  key: 'task_completed',
  noun: 'Task',
  label: 'Task Completed',
  description: 'Triggers when a contact task is marked completed in HighLevel.',
  event: 'TaskComplete',
  filters: [
    {
      input: contactId("Only this contact's tasks. Leave empty for every contact's tasks.", false),
      path: 'contactId',
    },
  ],
  toRow: completionRow,
  // GHL lists tasks per contact only: samples come from the chosen contact's, else the newest contact's.
  list: {
    trigger: get_contact_tasks,
    inputData: (values) => (values.contactId ? { contactId: values.contactId } : undefined),
    otherwise: { trigger: new_contact, inputData: (record) => ({ contactId: record.id }) },
    keep: (task) => task.completed === true,
    toPayload: ({ completed: _completed, ...task }) => ({ type: 'TaskComplete', ...task }),
  },
  sample: completionRow(taskEventSample),
  outputFields: [
    outputField('id', 'Completion ID'),
    outputField('taskId', 'Task ID'),
    ...taskEventOutputFields.filter((f) => f.key !== 'id'),
  ],
});
