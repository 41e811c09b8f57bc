import { errors } from 'zapier-platform-core';
import { contactId, taskId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import type { GhlCaller } from '../../operations/spec';
import { taskOutputFields, taskSample } from './samples';
import { taskInputs } from './taskInputs';

const readTask = { method: 'GET', path: '/contacts/{contactId}/tasks/{taskId}' } as const;

/**
 * GHL's task update needs the title and due date every time (other clients read the task first
 * for them): when the step leaves either empty, the task's own are read and sent back unchanged.
 */
const keepTitleAndDueDate = async (ghl: GhlCaller, values: Record<string, unknown>) => {
  if (values.title !== undefined && values.dueDate !== undefined) return {};
  const task = (await ghl(readTask, { contactId: values.contactId, taskId: values.taskId }))?.task as
    { title?: string; dueDate?: string } | undefined;
  if (!task)
    throw new errors.Error(
      `HighLevel has no task ${String(values.taskId)} on this contact: pick the task again.`,
      'TaskNotFound',
      404,
    );
  return { title: values.title ?? task.title, dueDate: values.dueDate ?? task.dueDate };
};

export default defineGhlCreate({
  key: 'update_contact_task',
  noun: 'Task',
  label: 'Update Contact Task',
  description: "Updates a contact's task. Only the fields you fill in are changed.",
  endpoint: { method: 'PUT', path: '/contacts/{contactId}/tasks/{taskId}' },
  unwrap: 'task',
  inputs: [contactId('The contact the task belongs to.'), taskId(), ...taskInputs('update')],
  check: somethingToChange(['contactId', 'taskId']),
  lookup: { calls: [readTask], run: keepTitleAndDueDate },
  sample: taskSample,
  outputFields: taskOutputFields,
});
