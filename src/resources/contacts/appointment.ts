import type { PlainOutputField } from 'zapier-platform-core';

/** A contact's appointment (GetEventSchema). */
export const appointmentSample = {
  id: 'YS3jaqqeehkR2Is80miy',
  calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  title: 'Whitening consultation',
  status: 'booked',
  appointmentStatus: 'confirmed',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  notes: 'Booked after SMS enquiry',
  address: '12 Long Street, Cape Town',
  startTime: '2026-11-25T09:00:00+02:00',
  endTime: '2026-11-25T09:30:00+02:00',
  dateAdded: '2026-11-21T10:05:00.000Z',
  dateUpdated: '2026-11-21T10:05:00.000Z',
};

export const appointmentOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Appointment ID', type: 'string' },
  { key: 'calendarId', label: 'Calendar ID', type: 'string' },
  { key: 'locationId', label: 'Location ID', type: 'string' },
  { key: 'contactId', label: 'Contact ID', type: 'string' },
  { key: 'title', label: 'Title', type: 'string' },
  { key: 'status', label: 'Status', type: 'string' },
  { key: 'appointmentStatus', label: 'Appointment Status', type: 'string' },
  { key: 'assignedUserId', label: 'Assigned User ID', type: 'string' },
  { key: 'notes', label: 'Notes', type: 'string' },
  { key: 'address', label: 'Address', type: 'string' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];
