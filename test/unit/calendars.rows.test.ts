import { LOCATION_ID } from '../helpers';
import { type Row, actedOn, describeRows } from './rowTable';

/** Every Calendars & Appointments row: the exact request each sends (Version 2021-04-15) and its output. */
const V = '2021-04-15';
const CAL = 'cal1';
const C = 'seD4PfOuKoVMLkEZqohJ';
const group = { id: 'grp1', name: 'Check-ups', slug: 'check-ups' };
const calendar = { id: CAL, name: 'Whitening' };
const event = { id: 'evt1', title: 'Whitening', calendarId: CAL, dateAdded: '2026-11-22T10:00:00+02:00', dateUpdated: '2026-11-22T10:00:00+02:00' };
const earlier = { ...event, id: 'evt0', dateAdded: '2026-11-21T10:00:00+02:00' };
const appointment = { id: 'evt1', calendarId: CAL, contactId: C, startTime: '2026-12-01T09:30:00+02:00' };
const block = { id: 'blk1', title: 'Lunch', calendarId: CAL, startTime: '2026-12-01T12:00:00+02:00' };
const note = { id: 'n1', body: 'Prefers mornings', dateAdded: '2026-11-22T08:00:00.000Z' };
const notification = { _id: 'ntf1', channel: 'sms', notificationType: 'reminder' };
const room = { id: 'res1', name: 'Surgery 1', resourceType: 'rooms' };
const ok = { success: true };
const millis = (iso: string) => String(Date.parse(iso));
const window = { startTime: millis('2026-12-01T00:00:00+02:00'), endTime: millis('2026-12-01T23:59:59+02:00') };
const windowInput = { startTime: '2026-12-01 00:00 +02:00', endTime: '2026-12-01 23:59:59 +02:00' };

const rows: Array<Omit<Row, 'version'>> = [
  { kind: 'triggers', key: 'list_calendar_groups', input: {}, method: 'GET', path: '/calendars/groups', query: { locationId: LOCATION_ID }, reply: { groups: [group] }, output: [group] },
  {
    kind: 'triggers', key: 'list_calendars', input: { groupId: 'grp1' }, method: 'GET', path: '/calendars/', query: { locationId: LOCATION_ID, groupId: 'grp1' },
    reply: { calendars: [calendar] }, output: [calendar],
  },
  { kind: 'triggers', key: 'get_calendar', input: { calendarId: CAL }, method: 'GET', path: `/calendars/${CAL}`, query: {}, reply: { calendar }, output: [calendar] },
  {
    kind: 'triggers', key: 'get_free_slots', input: { calendarId: CAL, startDate: '2026-12-01 00:00 +02:00', endDate: '2026-12-02 00:00 +02:00', timezone: 'Africa/Johannesburg' },
    method: 'GET', path: `/calendars/${CAL}/free-slots`, query: { startDate: millis('2026-12-01T00:00:00+02:00'), endDate: millis('2026-12-02T00:00:00+02:00'), timezone: 'Africa/Johannesburg' },
    reply: { '2026-12-01': { slots: ['2026-12-01T09:00:00+02:00', '2026-12-01T09:30:00+02:00'] }, traceId: 't1' },
    output: [{ id: '2026-12-01', date: '2026-12-01', slots: ['2026-12-01T09:00:00+02:00', '2026-12-01T09:30:00+02:00'], slotCount: 2, times: 'Tue 1 Dec: 09:00, 09:30' }],
  },
  {
    kind: 'triggers', key: 'list_calendar_events', input: { calendarId: CAL, ...windowInput }, method: 'GET', path: '/calendars/events',
    query: { locationId: LOCATION_ID, calendarId: CAL, ...window }, reply: { events: [earlier, event] }, output: [event, earlier],
  },
  {
    kind: 'triggers', key: 'list_blocked_slots', input: { userId: 'u1', ...windowInput }, method: 'GET', path: '/calendars/blocked-slots',
    query: { locationId: LOCATION_ID, userId: 'u1', ...window }, reply: { events: [block] }, output: [block],
  },
  { kind: 'triggers', key: 'get_appointment', input: { eventId: 'evt1' }, method: 'GET', path: '/calendars/events/appointments/evt1', query: {}, reply: { appointment: event, traceId: 'tr1' }, output: [event] },
  {
    kind: 'triggers', key: 'list_appointment_notes', input: { appointmentId: 'evt1' }, method: 'GET', path: '/calendars/appointments/evt1/notes',
    query: { limit: '20', offset: '0' }, reply: { notes: [note], hasMore: false }, output: [note],
  },
  {
    kind: 'triggers', key: 'list_calendar_notifications', input: { calendarId: CAL }, method: 'GET', path: `/calendars/${CAL}/notifications`,
    query: { limit: '100', skip: '0' }, reply: [notification], output: [{ id: 'ntf1', ...notification }],
  },
  {
    kind: 'triggers', key: 'get_calendar_notification', input: { calendarId: CAL, notificationId: 'ntf1' }, method: 'GET', path: `/calendars/${CAL}/notifications/ntf1`,
    query: {}, reply: notification, output: [{ id: 'ntf1', ...notification }],
  },
  {
    kind: 'triggers', key: 'list_calendar_resources', input: { resourceType: 'rooms' }, method: 'GET', path: '/calendars/resources/rooms',
    query: { locationId: LOCATION_ID, limit: '100', skip: '0' }, reply: [room], output: [room],
  },
  { kind: 'triggers', key: 'get_calendar_resource', input: { resourceType: 'rooms', id: 'res1' }, method: 'GET', path: '/calendars/resources/rooms/res1', query: {}, reply: room, output: [room] },
  {
    kind: 'creates', key: 'create_calendar_group', input: { name: 'Check-ups', description: 'Routine', slug: 'check-ups', isActive: 'yes' }, method: 'POST', path: '/calendars/groups',
    body: { name: 'Check-ups', description: 'Routine', slug: 'check-ups', isActive: true, locationId: LOCATION_ID }, reply: { group }, output: group,
  },
  {
    kind: 'creates', key: 'update_calendar_group', input: { groupId: 'grp1', name: 'Check-ups', description: 'Routine', slug: 'check-ups' }, method: 'PUT', path: '/calendars/groups/grp1',
    body: { name: 'Check-ups', description: 'Routine', slug: 'check-ups' }, reply: { group }, output: group,
  },
  { kind: 'creates', key: 'update_calendar_group_status', input: { groupId: 'grp1', isActive: 'no' }, method: 'PUT', path: '/calendars/groups/grp1/status', body: { isActive: false }, reply: ok, output: actedOn({ groupId: 'grp1' }, ok)},
  { kind: 'creates', key: 'delete_calendar_group', input: { groupId: 'grp1' }, method: 'DELETE', path: '/calendars/groups/grp1', query: {}, reply: ok, output: actedOn({ groupId: 'grp1' }, ok)},
  {
    kind: 'creates', key: 'validate_calendar_group_slug', input: { slug: 'check-ups' }, method: 'POST', path: '/calendars/groups/validate-slug',
    body: { slug: 'check-ups', locationId: LOCATION_ID }, reply: { available: false }, output: { available: false },
  },
  {
    kind: 'creates', key: 'create_calendar', input: { name: 'Whitening', slotDuration: '30', slotDurationUnit: 'mins', description: '' }, method: 'POST', path: '/calendars/',
    body: { name: 'Whitening', slotDuration: 30, slotDurationUnit: 'mins', locationId: LOCATION_ID }, reply: { calendar }, output: calendar,
  },
  {
    kind: 'creates', key: 'update_calendar', input: { calendarId: CAL, isActive: 'no', name: ' ' }, method: 'PUT', path: `/calendars/${CAL}`,
    body: { isActive: false }, reply: { calendar }, output: calendar,
  },
  { kind: 'creates', key: 'delete_calendar', input: { calendarId: CAL }, method: 'DELETE', path: `/calendars/${CAL}`, query: {}, reply: ok, output: actedOn({ calendarId: CAL }, ok)},
  {
    kind: 'creates', key: 'create_appointment',
    input: { calendarId: CAL, contactId: C, startTime: '2026-12-01 09:30', bookingTimeZone: 'Africa/Johannesburg', title: 'Whitening', ignoreFreeSlotValidation: 'no' },
    method: 'POST', path: '/calendars/events/appointments',
    body: { calendarId: CAL, contactId: C, startTime: '2026-12-01T09:30:00+02:00', title: 'Whitening', ignoreFreeSlotValidation: false, locationId: LOCATION_ID },
    reply: appointment, output: appointment,
  },
  {
    kind: 'creates', key: 'update_appointment', input: { eventId: 'evt1', startTime: '2026-12-01T10:00:00Z', appointmentStatus: 'cancelled', title: '' },
    method: 'PUT', path: '/calendars/events/appointments/evt1', body: { startTime: '2026-12-01T10:00:00.000Z', appointmentStatus: 'cancelled' }, reply: appointment, output: appointment,
  },
  {
    kind: 'creates', key: 'delete_calendar_event', input: { eventId: 'evt1' }, method: 'DELETE', path: '/calendars/events/evt1', body: {},
    reply: { succeeded: true }, output: actedOn({ eventId: 'evt1' }, { succeeded: true }),
  },
  {
    kind: 'creates', key: 'create_block_slot', input: { calendarId: CAL, startTime: '2026-12-01 12:00', endTime: '2026-12-01 13:00', bookingTimeZone: 'Africa/Johannesburg', title: 'Lunch' },
    method: 'POST', path: '/calendars/events/block-slots',
    body: { calendarId: CAL, startTime: '2026-12-01T12:00:00+02:00', endTime: '2026-12-01T13:00:00+02:00', title: 'Lunch', locationId: LOCATION_ID }, reply: block, output: block,
  },
  {
    // A team member's time: GHL takes the user or the calendar, never both.
    kind: 'creates', key: 'create_block_slot', input: { assignedUserId: 'u1', startTime: '2026-12-01T12:00:00+02:00', endTime: '2026-12-01T13:00:00+02:00', title: 'Dentist' },
    method: 'POST', path: '/calendars/events/block-slots',
    body: { assignedUserId: 'u1', startTime: '2026-12-01T10:00:00.000Z', endTime: '2026-12-01T11:00:00.000Z', title: 'Dentist', locationId: LOCATION_ID }, reply: block, output: block,
  },
  {
    kind: 'creates', key: 'update_block_slot', input: { eventId: 'blk1', calendarId: CAL, title: 'Long lunch' }, method: 'PUT', path: '/calendars/events/block-slots/blk1',
    body: { calendarId: CAL, title: 'Long lunch', locationId: LOCATION_ID }, reply: block, output: block,
  },
  {
    kind: 'creates', key: 'create_appointment_note', input: { appointmentId: 'evt1', body: 'Prefers mornings' }, method: 'POST', path: '/calendars/appointments/evt1/notes',
    body: { body: 'Prefers mornings' }, reply: { note }, output: note,
  },
  {
    kind: 'creates', key: 'update_appointment_note', input: { appointmentId: 'evt1', noteId: 'n1', body: 'Early mornings', userId: 'u1' }, method: 'PUT',
    path: '/calendars/appointments/evt1/notes/n1', body: { body: 'Early mornings', userId: 'u1' }, reply: { note }, output: note,
  },
  { kind: 'creates', key: 'delete_appointment_note', input: { appointmentId: 'evt1', noteId: 'n1' }, method: 'DELETE', path: '/calendars/appointments/evt1/notes/n1', query: {}, reply: ok, output: actedOn({ appointmentId: 'evt1', noteId: 'n1' }, ok)},
  {
    kind: 'creates', key: 'create_calendar_notification', input: { calendarId: CAL, receiverType: 'contact', channel: 'sms', notificationType: 'reminder', body: 'See you' },
    method: 'POST', path: `/calendars/${CAL}/notifications`, body: [{ receiverType: 'contact', channel: 'sms', notificationType: 'reminder', body: 'See you' }],
    reply: [notification], output: { id: 'ntf1', ...notification },
  },
  {
    kind: 'creates', key: 'update_calendar_notification', input: { calendarId: CAL, notificationId: 'ntf1', subject: 'Reminder', channel: '' }, method: 'PUT',
    path: `/calendars/${CAL}/notifications/ntf1`, body: { subject: 'Reminder' }, reply: { message: 'ok' }, output: actedOn({ calendarId: CAL, notificationId: 'ntf1' }, { message: 'ok' }),
  },
  {
    kind: 'creates', key: 'delete_calendar_notification', input: { calendarId: CAL, notificationId: 'ntf1' }, method: 'DELETE', path: `/calendars/${CAL}/notifications/ntf1`,
    query: {}, reply: { message: 'deleted' }, output: actedOn({ calendarId: CAL, notificationId: 'ntf1' }, { message: 'deleted' }),
  },
  {
    kind: 'creates', key: 'create_calendar_resource',
    input: { resourceType: 'rooms', name: 'Surgery 1', description: 'Main', quantity: '1', outOfService: '0', capacity: '2', calendarIds: `${CAL}, cal2` },
    method: 'POST', path: '/calendars/resources/rooms',
    body: { name: 'Surgery 1', description: 'Main', quantity: 1, outOfService: 0, capacity: 2, calendarIds: [CAL, 'cal2'], locationId: LOCATION_ID }, reply: room, output: room,
  },
  {
    kind: 'creates', key: 'update_calendar_resource', input: { resourceType: 'rooms', id: 'res1', capacity: '3', name: '' }, method: 'PUT', path: '/calendars/resources/rooms/res1',
    body: { capacity: 3 }, reply: room, output: room,
  },
  { kind: 'creates', key: 'delete_calendar_resource', input: { resourceType: 'rooms', id: 'res1' }, method: 'DELETE', path: '/calendars/resources/rooms/res1', query: {}, reply: ok, output: actedOn({ id: 'res1' }, ok)},
];

describeRows(rows.map((row) => ({ ...row, version: V })));
