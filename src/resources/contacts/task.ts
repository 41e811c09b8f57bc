import type { PlainOutputField } from 'zapier-platform-core';

/** A contact's task (TaskSchema). */
export const taskSample = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  title: 'Call back about the SMS enquiry',
  body: 'Asked for whitening prices by SMS; call before 5pm.',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dueDate: '2026-11-23T15:00:00.000Z',
  completed: false,
};

export const taskOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Task ID', type: 'string' },
  { key: 'contactId', label: 'Contact ID', type: 'string' },
  { key: 'title', label: 'Title', type: 'string' },
  { key: 'body', label: 'Description', type: 'string' },
  { key: 'assignedTo', label: 'Assigned User ID', type: 'string' },
  { key: 'dueDate', label: 'Due Date', type: 'datetime' },
  { key: 'completed', label: 'Completed', type: 'boolean' },
];
