import { outputField } from '../../operations/outputFields';
import type { PlainOutputField } from 'zapier-platform-core';

/** A contact as GET /contacts/{contactId} returns it (GetContectByIdSchema). */
export const contactSample = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Thandi Mokoena',
  firstName: 'Thandi',
  lastName: 'Mokoena',
  email: 'thandi.mokoena@example.com',
  phone: '+27825550143',
  companyName: 'Mokoena Dental',
  address1: '12 Long Street',
  city: 'Cape Town',
  state: 'Western Cape',
  postalCode: '8001',
  country: 'ZA',
  website: 'https://mokoenadental.example.com',
  timezone: 'Africa/Johannesburg',
  source: 'SMS lead',
  type: 'lead',
  dnd: false,
  dndSettings: { SMS: { status: 'inactive', message: '' } },
  tags: ['sms-lead', 'winter-promo'],
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dateOfBirth: '1990-09-25',
  dateAdded: '2026-11-20T08:14:26.704Z',
  dateUpdated: '2026-11-21T10:02:11.285Z',
};

export const contactOutputFields: PlainOutputField[] = [
  outputField('id', 'Contact ID'),
  outputField('locationId', 'Location ID'),
  outputField('name', 'Full Name'),
  outputField('firstName', 'First Name'),
  outputField('lastName', 'Last Name'),
  outputField('email', 'Email'),
  outputField('phone', 'Phone'),
  outputField('companyName', 'Company Name'),
  outputField('address1', 'Street Address'),
  outputField('city', 'City'),
  outputField('state', 'State'),
  outputField('postalCode', 'Postal Code'),
  outputField('country', 'Country Code'),
  outputField('website', 'Website'),
  outputField('timezone', 'Time Zone'),
  outputField('source', 'Source'),
  outputField('type', 'Contact Type'),
  outputField('dnd', 'Do Not Disturb', 'boolean'),
  outputField('dndSettings__SMS__status', 'SMS Do Not Disturb'),
  outputField('dndSettings__SMS__message', 'SMS Do Not Disturb Reason'),
  outputField('tags[]', 'Tags'),
  outputField('assignedTo', 'Assigned User ID'),
  outputField('dateOfBirth', 'Date of Birth'),
  outputField('dateAdded', 'Date Added', 'datetime'),
  outputField('dateUpdated', 'Date Updated', 'datetime'),
];

/** A contact as the list endpoints return it (ContactsSearchSchema): fewer fields. */
export const listedContactSample = {
  id: contactSample.id,
  locationId: contactSample.locationId,
  email: contactSample.email,
  timezone: contactSample.timezone,
  country: contactSample.country,
  source: contactSample.source,
  tags: contactSample.tags,
  businessId: '641c094001436dbc2081e642',
  dateAdded: contactSample.dateAdded,
};

const LISTED_KEYS = new Set(Object.keys(listedContactSample).map((k) => (k === 'tags' ? 'tags[]' : k)));
export const listedContactOutputFields: PlainOutputField[] = [
  ...contactOutputFields.filter((f) => LISTED_KEYS.has(f.key)),
  outputField('businessId', 'Business ID'),
];

/** A new contact as POST /contacts/ returns it (CreateContactSchema: no `name` or `timezone`). */
const { name: _name, timezone: _timezone, ...createdContactSample } = contactSample;
export { createdContactSample };
export const createdContactOutputFields = contactOutputFields.filter((f) => f.key !== 'name' && f.key !== 'timezone');

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

/** GHL answers a tag change with the contact's tags afterwards. */
export const tagsSample = { tags: ['sms-lead', 'winter-promo'] };
export const tagsOutputFields: PlainOutputField[] = [outputField('tags[]', 'Tags')];

/** A contact as GHL's Contact* webhooks carry it (docs/webhook-ContactCreate.md). */
export const contactEventSample = {
  type: 'ContactCreate',
  locationId: contactSample.locationId,
  id: contactSample.id,
  name: contactSample.name,
  firstName: contactSample.firstName,
  lastName: contactSample.lastName,
  email: contactSample.email,
  phone: contactSample.phone,
  companyName: contactSample.companyName,
  address1: contactSample.address1,
  city: contactSample.city,
  state: contactSample.state,
  postalCode: contactSample.postalCode,
  country: contactSample.country,
  website: contactSample.website,
  source: contactSample.source,
  dnd: contactSample.dnd,
  tags: contactSample.tags,
  assignedTo: contactSample.assignedTo,
  dateOfBirth: contactSample.dateOfBirth,
  dateAdded: contactSample.dateAdded,
  webhookId: 'wh-9b1d3c1e-5f4a-4c2e-9a0b-3f2f6d7e8a91',
  timestamp: '2026-11-21T10:02:12.000Z',
};

export const contactEventOutputFields: PlainOutputField[] = contactOutputFields.filter(
  (f) => !['timezone', 'type', 'dateUpdated'].includes(f.key ?? '') && !f.key.startsWith('dndSettings'),
);

/** A task as GHL's TaskComplete webhook carries it (docs/webhook-TaskComplete.md). */
export const taskEventSample = {
  type: 'TaskComplete',
  locationId: contactSample.locationId,
  id: 'tskWhitening00000001',
  title: 'Call back about whitening',
  body: 'Thandi asked for a price by SMS.',
  contactId: contactSample.id,
  assignedTo: contactSample.assignedTo,
  dueDate: '2026-11-23T09:00:00.000Z',
  dateAdded: '2026-11-21T10:05:00.000Z',
  webhookId: 'wh-2f0c9e7d-8b6a-4d3c-9e1f-0a1b2c3d4e5f',
  timestamp: '2026-11-22T08:30:00.000Z',
};

export const taskEventOutputFields: PlainOutputField[] = [
  outputField('id', 'Task ID'),
  outputField('title', 'Title'),
  outputField('body', 'Description'),
  outputField('contactId', 'Contact ID'),
  outputField('assignedTo', 'Assigned User ID'),
  outputField('dueDate', 'Due Date', 'datetime'),
  outputField('dateAdded', 'Date Added', 'datetime'),
  outputField('locationId', 'Location ID'),
];

/** A note as GHL's NoteCreate webhook carries it (docs/webhook-NoteCreate.md). */
export const noteEventSample = {
  type: 'NoteCreate',
  locationId: contactSample.locationId,
  id: 'notWhitening00000001',
  body: 'Prefers appointments after 16:00.',
  contactId: contactSample.id,
  dateAdded: '2026-11-21T10:06:00.000Z',
  webhookId: 'wh-7c6b5a49-3827-4165-a0b9-c8d7e6f5a4b3',
  timestamp: '2026-11-21T10:06:01.000Z',
};

export const noteEventOutputFields: PlainOutputField[] = [
  outputField('id', 'Note ID'),
  outputField('body', 'Note'),
  outputField('contactId', 'Contact ID'),
  outputField('dateAdded', 'Date Added', 'datetime'),
  outputField('locationId', 'Location ID'),
];
