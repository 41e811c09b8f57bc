import { outputField } from '../../operations/outputFields';
import type { PlainOutputField } from 'zapier-platform-core';

/** A contact's note (GetNoteSchema). */
export const noteSample = {
  id: 'HGPcayliwcdoUFzvbTok',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  userId: 'y0BeYjuRIlDwsDcOHOJo',
  title: 'SMS enquiry',
  body: 'Inbound SMS: "Hi, how much is teeth whitening?"',
  color: '#FFAA00',
  pinned: false,
  dateAdded: '2026-11-21T10:02:11.285Z',
};

export const noteOutputFields: PlainOutputField[] = [
  outputField('id', 'Note ID'),
  outputField('contactId', 'Contact ID'),
  outputField('userId', 'Author User ID'),
  outputField('title', 'Title'),
  outputField('body', 'Body'),
  outputField('color', 'Color'),
  outputField('pinned', 'Pinned', 'boolean'),
  outputField('dateAdded', 'Date Added', 'datetime'),
];
