import { userId } from '../../fields/records';
import { boolean, dateTime, longText, text } from '../../operations/inputs';

/** A task's own fields, shared by Create and Update Contact Task. */
export const taskInputs = (mode: 'create' | 'update') => {
  const keep = mode === 'update' ? ' Leave empty to keep the current value.' : '';
  const required = mode === 'create';
  return [
    text(
      'title',
      { label: 'Title', helpText: `Short name of the task, such as "Call back about SMS".${keep}`, required },
      500,
    ),
    longText('body', { label: 'Description', helpText: `Details of what to do.${keep}` }),
    dateTime('dueDate', {
      label: 'Due Date',
      helpText: `When the task is due, in any common form (2026-11-23 15:00, 11/23/2026 3pm, ISO 8601). A time without an offset is read in your Zap's time zone, as Zapier sets it.${keep}`,
      required,
    }),
    userId('assignedTo', 'Assigned User', `The HighLevel user who should do the task.${keep}`),
    boolean('completed', {
      label: 'Completed',
      helpText: `Yes marks the task as done.${mode === 'create' ? ' Default: No.' : keep}`,
    }),
  ];
};
