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
  { key: 'id', label: 'Note ID', type: 'string' },
  { key: 'contactId', label: 'Contact ID', type: 'string' },
  { key: 'userId', label: 'Author User ID', type: 'string' },
  { key: 'title', label: 'Title', type: 'string' },
  { key: 'body', label: 'Body', type: 'string' },
  { key: 'color', label: 'Color', type: 'string' },
  { key: 'pinned', label: 'Pinned', type: 'boolean' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
];
