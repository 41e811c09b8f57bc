import { outputField } from '../../operations/outputFields';
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
  outputField('id', 'Task ID'),
  outputField('contactId', 'Contact ID'),
  outputField('title', 'Title'),
  outputField('body', 'Description'),
  outputField('assignedTo', 'Assigned User ID'),
  outputField('dueDate', 'Due Date', 'datetime'),
  outputField('completed', 'Completed', 'boolean'),
];
