import { findFromTrigger } from '../../operations/findStep';
import { choice, text } from '../../operations/inputs';
import get_contact_tasks from './get_contact_tasks';

const STATUSES = { open: 'Open (not completed)', completed: 'Completed', any: 'Any' };

/** A contact's tasks after the trigger ("SMS arrives → is a call-back already open?"), soonest due first. */
export default findFromTrigger(get_contact_tasks, {
  key: 'find_contact_tasks',
  label: 'Find Contact Tasks',
  description:
    "Finds a contact's tasks, open or completed, optionally by words in the title; the task due soonest first.",
  filters: [
    {
      ...choice(
        'status',
        { label: 'Status', helpText: 'Which tasks to find. Open by default.', extra: { default: 'open' } },
        STATUSES,
      ),
      internal: true,
    },
    {
      ...text('titleContains', {
        label: 'Title Contains',
        helpText: 'Only tasks whose title contains these words (any case), such as "call back".',
      }),
      internal: true,
    },
  ],
  keep: (task, { status = 'open', titleContains }) =>
    (status === 'any' || Boolean(task.completed) === (status === 'completed')) &&
    (!titleContains ||
      String(task.title ?? '')
        .toLowerCase()
        .includes(String(titleContains).toLowerCase())),
  orderBy: { field: 'dueDate', ascending: true },
});
