import { outputField } from '../../operations/outputFields';
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
  outputField('id', 'Appointment ID'),
  outputField('calendarId', 'Calendar ID'),
  outputField('locationId', 'Location ID'),
  outputField('contactId', 'Contact ID'),
  outputField('title', 'Title'),
  outputField('status', 'Status'),
  outputField('appointmentStatus', 'Appointment Status'),
  outputField('assignedUserId', 'Assigned User ID'),
  outputField('notes', 'Notes'),
  outputField('address', 'Address'),
  outputField('startTime', 'Start Time', 'datetime'),
  outputField('endTime', 'End Time', 'datetime'),
  outputField('dateAdded', 'Date Added', 'datetime'),
  outputField('dateUpdated', 'Date Updated', 'datetime'),
];
