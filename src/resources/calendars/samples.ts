import { outputField } from '../../operations/outputFields';

const LOCATION = 've9EPM428h8vShlRW1KT';
const CALENDAR = 'calDental0000000001';
const CONTACT = 'seD4PfOuKoVMLkEZqohJ';
const USER = 'usrSipho000000000001';

/** A calendar group (GroupDTO). */
export const groupSample = {
  id: 'grpCheckups00000001',
  locationId: LOCATION,
  name: 'Check-ups',
  description: 'Routine dental check-ups',
  slug: 'check-ups',
  isActive: true,
};
export const groupOutputFields = [
  outputField('id', 'Group ID'),
  outputField('name', 'Name'),
  outputField('description', 'Description'),
  outputField('slug', 'Slug'),
  outputField('isActive', 'Active', 'boolean'),
];

/** A calendar (CalendarDTO): the fields people use in Zaps. */
export const calendarSample = {
  id: CALENDAR,
  locationId: LOCATION,
  groupId: groupSample.id,
  name: 'Whitening Consultations',
  description: '30-minute consultation',
  slug: 'whitening',
  widgetSlug: 'whitening',
  calendarType: 'event',
  eventColor: '#039be5',
  slotDuration: 30,
  slotDurationUnit: 'mins',
  isActive: true,
};
export const calendarOutputFields = [
  outputField('id', 'Calendar ID'),
  outputField('name', 'Name'),
  outputField('description', 'Description'),
  outputField('groupId', 'Group ID'),
  outputField('calendarType', 'Calendar Type'),
  outputField('slug', 'Slug'),
  outputField('slotDuration', 'Slot Duration', 'number'),
  outputField('slotDurationUnit', 'Slot Duration Unit'),
  outputField('isActive', 'Active', 'boolean'),
];

/** An event as calendar and appointment reads return it (CalendarEventDTO). */
export const eventSample = {
  id: 'evtThandi0000000001',
  title: 'Whitening consultation: Thandi Mokoena',
  calendarId: CALENDAR,
  locationId: LOCATION,
  contactId: CONTACT,
  groupId: groupSample.id,
  appointmentStatus: 'confirmed',
  assignedUserId: USER,
  users: [USER],
  address: '12 Long Street, Cape Town',
  startTime: '2026-12-01T09:30:00+02:00',
  endTime: '2026-12-01T10:00:00+02:00',
  dateAdded: '2026-11-22T10:02:11+02:00',
  dateUpdated: '2026-11-22T10:02:11+02:00',
};
export const eventOutputFields = [
  outputField('id', 'Appointment ID'),
  outputField('title', 'Title'),
  outputField('calendarId', 'Calendar ID'),
  outputField('contactId', 'Contact ID'),
  outputField('appointmentStatus', 'Status'),
  outputField('assignedUserId', 'Assigned User ID'),
  outputField('address', 'Address'),
  outputField('startTime', 'Start Time', 'datetime'),
  outputField('endTime', 'End Time', 'datetime'),
  outputField('dateAdded', 'Booked At', 'datetime'),
  outputField('dateUpdated', 'Updated At', 'datetime'),
];

/** A booked or edited appointment as create/update answer it (AppointmentSchemaResponse). */
export const appointmentSample = {
  id: eventSample.id,
  calendarId: CALENDAR,
  locationId: LOCATION,
  contactId: CONTACT,
  startTime: eventSample.startTime,
  endTime: eventSample.endTime,
  title: eventSample.title,
  meetingLocationType: 'address',
  appointmentStatus: 'confirmed',
  assignedUserId: USER,
  address: eventSample.address,
  isRecurring: false,
};
export const appointmentOutputFields = [
  outputField('id', 'Appointment ID'),
  outputField('title', 'Title'),
  outputField('calendarId', 'Calendar ID'),
  outputField('contactId', 'Contact ID'),
  outputField('appointmentStatus', 'Status'),
  outputField('assignedUserId', 'Assigned User ID'),
  outputField('address', 'Address'),
  outputField('startTime', 'Start Time', 'datetime'),
  outputField('endTime', 'End Time', 'datetime'),
];

/** A blocked slot (BlockedSlotSuccessfulResponseDto). */
export const blockSlotSample = {
  id: 'blkLunch00000000001',
  locationId: LOCATION,
  title: 'Lunch',
  startTime: '2026-12-01T12:00:00+02:00',
  endTime: '2026-12-01T13:00:00+02:00',
  calendarId: CALENDAR,
  assignedUserId: USER,
};
export const blockSlotOutputFields = [
  outputField('id', 'Blocked Slot ID'),
  outputField('title', 'Title'),
  outputField('calendarId', 'Calendar ID'),
  outputField('assignedUserId', 'Assigned User ID'),
  outputField('startTime', 'Start Time', 'datetime'),
  outputField('endTime', 'End Time', 'datetime'),
];

/** A note on an appointment (GetNoteSchema). */
export const appointmentNoteSample = {
  id: 'aptNote000000000001',
  body: 'Prefers morning slots',
  userId: USER,
  dateAdded: '2026-11-22T08:02:11.285Z',
  contactId: CONTACT,
};
export const appointmentNoteOutputFields = [
  outputField('id', 'Note ID'),
  outputField('body', 'Note Text'),
  outputField('userId', 'Author ID'),
  outputField('contactId', 'Contact ID'),
  outputField('dateAdded', 'Added At', 'datetime'),
];

/** A calendar notification (CalendarNotificationResponseDTO): GHL names its ID `_id`. */
export const notificationSample = {
  id: 'ntfReminder00000001',
  _id: 'ntfReminder00000001',
  receiverType: 'contact',
  channel: 'sms',
  notificationType: 'reminder',
  isActive: true,
  body: 'Reminder: your consultation is tomorrow at 09:30.',
  subject: 'Appointment reminder',
  deleted: false,
};
export const notificationOutputFields = [
  outputField('id', 'Notification ID'),
  outputField('receiverType', 'Sent To'),
  outputField('channel', 'Channel'),
  outputField('notificationType', 'Notification Type'),
  outputField('isActive', 'Active', 'boolean'),
  outputField('subject', 'Subject'),
  outputField('body', 'Message'),
];

/** A room or piece of equipment (CalendarResourceByIdResponseDTO). */
export const resourceSample = {
  id: 'resRoom000000000001',
  locationId: LOCATION,
  name: 'Surgery 1',
  resourceType: 'rooms',
  isActive: true,
  description: 'Main treatment room',
  quantity: 1,
  outOfService: 0,
  capacity: 2,
  calendarIds: [CALENDAR],
};
export const resourceOutputFields = [
  outputField('id', 'Resource ID'),
  outputField('name', 'Name'),
  outputField('resourceType', 'Resource Type'),
  outputField('description', 'Description'),
  outputField('isActive', 'Active', 'boolean'),
  outputField('quantity', 'Quantity', 'number'),
  outputField('outOfService', 'Out of Service', 'number'),
  outputField('capacity', 'Capacity', 'number'),
  outputField('calendarIds[]', 'Calendar IDs'),
];

export const successSample = { success: true };
export const successOutputFields = [outputField('success', 'Succeeded', 'boolean')];
export const messageSample = { message: 'Notification updated' };
export const messageOutputFields = [outputField('message', 'Result')];

/** Update answers a resource without its calendars (CalendarResourceResponseDTO). */
const { calendarIds: _calendarIds, ...savedResource } = resourceSample;
export const savedResourceSample = savedResource;
export const savedResourceOutputFields = resourceOutputFields.filter((f) => f.key !== 'calendarIds[]');
