import { outputField as field } from '../../operations/outputFields';

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
  field('id', 'Group ID'),
  field('name', 'Name'),
  field('description', 'Description'),
  field('slug', 'Slug'),
  field('isActive', 'Active', 'boolean'),
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
  field('id', 'Calendar ID'),
  field('name', 'Name'),
  field('description', 'Description'),
  field('groupId', 'Group ID'),
  field('calendarType', 'Calendar Type'),
  field('slug', 'Slug'),
  field('slotDuration', 'Slot Duration', 'number'),
  field('slotDurationUnit', 'Slot Duration Unit'),
  field('isActive', 'Active', 'boolean'),
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
  field('id', 'Appointment ID'),
  field('title', 'Title'),
  field('calendarId', 'Calendar ID'),
  field('contactId', 'Contact ID'),
  field('appointmentStatus', 'Status'),
  field('assignedUserId', 'Assigned User ID'),
  field('address', 'Address'),
  field('startTime', 'Start Time', 'datetime'),
  field('endTime', 'End Time', 'datetime'),
  field('dateAdded', 'Booked At', 'datetime'),
  field('dateUpdated', 'Updated At', 'datetime'),
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
  field('id', 'Appointment ID'),
  field('title', 'Title'),
  field('calendarId', 'Calendar ID'),
  field('contactId', 'Contact ID'),
  field('appointmentStatus', 'Status'),
  field('assignedUserId', 'Assigned User ID'),
  field('address', 'Address'),
  field('startTime', 'Start Time', 'datetime'),
  field('endTime', 'End Time', 'datetime'),
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
  field('id', 'Blocked Slot ID'),
  field('title', 'Title'),
  field('calendarId', 'Calendar ID'),
  field('assignedUserId', 'Assigned User ID'),
  field('startTime', 'Start Time', 'datetime'),
  field('endTime', 'End Time', 'datetime'),
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
  field('id', 'Note ID'),
  field('body', 'Note Text'),
  field('userId', 'Author ID'),
  field('contactId', 'Contact ID'),
  field('dateAdded', 'Added At', 'datetime'),
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
  field('id', 'Notification ID'),
  field('receiverType', 'Sent To'),
  field('channel', 'Channel'),
  field('notificationType', 'Notification Type'),
  field('isActive', 'Active', 'boolean'),
  field('subject', 'Subject'),
  field('body', 'Message'),
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
  field('id', 'Resource ID'),
  field('name', 'Name'),
  field('resourceType', 'Resource Type'),
  field('description', 'Description'),
  field('isActive', 'Active', 'boolean'),
  field('quantity', 'Quantity', 'number'),
  field('outOfService', 'Out of Service', 'number'),
  field('capacity', 'Capacity', 'number'),
  field('calendarIds[]', 'Calendar IDs'),
];

export const successSample = { success: true };
export const successOutputFields = [field('success', 'Succeeded', 'boolean')];
export const messageSample = { message: 'Notification updated' };
export const messageOutputFields = [field('message', 'Result')];

/** Update answers a resource without its calendars (CalendarResourceResponseDTO). */
const { calendarIds: _calendarIds, ...savedResource } = resourceSample;
export const savedResourceSample = savedResource;
export const savedResourceOutputFields = resourceOutputFields.filter((f) => f.key !== 'calendarIds[]');
