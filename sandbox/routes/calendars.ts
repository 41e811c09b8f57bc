import { badRequest, isReply, notFound, recordOr404, route, type Reply, type RouteContext } from '../router';
import { type Json, newId, pickFields as pick } from '../store';
import { isoInZone, withinOpenHours } from './calendarTime';

const zoneOf = (ctx: RouteContext) => String(ctx.state.location.timezone ?? 'UTC');
const minutesOf = (calendar: Json) =>
  Number(calendar.slotDuration ?? 30) * (calendar.slotDurationUnit === 'hours' ? 60 : 1);

const GROUP_KEYS = ['name', 'description', 'slug', 'isActive'];
const CALENDAR_KEYS = [
  'name',
  'description',
  'groupId',
  'calendarType',
  'slug',
  'slotDuration',
  'slotDurationUnit',
  'isActive',
];
const APPOINTMENT_KEYS = [
  'calendarId',
  'contactId',
  'title',
  'appointmentStatus',
  'assignedUserId',
  'address',
  'description',
  'startTime',
  'endTime',
  'meetingLocationType',
];
const BLOCK_KEYS = ['calendarId', 'title', 'assignedUserId', 'startTime', 'endTime'];
const NOTIFICATION_KEYS = ['receiverType', 'channel', 'notificationType', 'isActive', 'subject', 'body', 'templateId'];
const RESOURCE_KEYS = ['name', 'description', 'quantity', 'outOfService', 'capacity', 'calendarIds', 'isActive'];

/** How create and update answer an appointment (AppointmentSchemaResponse). */
const appointmentAnswer = (event: Json) => ({
  ...pick(event, [
    'id',
    'calendarId',
    'locationId',
    'contactId',
    'startTime',
    'endTime',
    'title',
    'meetingLocationType',
    'appointmentStatus',
    'assignedUserId',
    'address',
  ]),
  isRecurring: false,
});
const blockAnswer = (slot: Json) =>
  pick(slot, ['id', 'locationId', 'title', 'startTime', 'endTime', 'calendarId', 'assignedUserId']);
/** Update answers a resource without its calendars (CalendarResourceResponseDTO); create and read include them. */
const resourceAnswer = ({ calendarIds: _calendarIds, ...resource }: Json) => resource;

const overlaps = (a: Json, start: number, end: number) =>
  Date.parse(String(a.startTime)) < end && Date.parse(String(a.endTime)) > start;

/** GHL refuses a booking that is taken or outside open hours, unless told to ignore free slots. */
const bookingProblem = (ctx: RouteContext, calendar: Json, event: Json, ignoreId?: string): Reply | undefined => {
  if (ctx.body.ignoreFreeSlotValidation === true) return undefined;
  const start = Date.parse(String(event.startTime));
  const end = Date.parse(String(event.endTime));
  if (!(end > start)) return badRequest('endTime must be after startTime');
  const busy = [...ctx.state.appointments.values(), ...ctx.state.blockedSlots.values()].some(
    (other) =>
      other.id !== ignoreId &&
      other.calendarId === calendar.id &&
      other.appointmentStatus !== 'cancelled' &&
      overlaps(other, start, end),
  );
  if (busy || !withinOpenHours(new Date(start), new Date(end), zoneOf(ctx)))
    return badRequest('The slot you have selected is no longer available.');
  return undefined;
};

/** What GHL fills in on every event: the calendar's group, its first team member, the booking times. */
const eventDefaults = (ctx: RouteContext, calendar: Json): Json => ({
  id: newId(),
  locationId: ctx.state.location.id,
  groupId: calendar.groupId ?? '',
  appointmentStatus: 'confirmed',
  assignedUserId: ctx.state.users[0]?.id ?? '',
  dateAdded: ctx.now,
  dateUpdated: ctx.now,
});

/** The event's times, with the end from the calendar's slot length when not given. */
const timed = (calendar: Json, event: Json): Json => {
  const start = Date.parse(String(event.startTime));
  return event.endTime ? event : { ...event, endTime: new Date(start + minutesOf(calendar) * 60_000).toISOString() };
};

/** Answers a list read: the events of a calendar, team member or group that overlap the window. */
const inWindow = (ctx: RouteContext, events: Iterable<Json>): Reply => {
  const from = Number(ctx.query.get('startTime'));
  const to = Number(ctx.query.get('endTime'));
  const [calendarId, userId, groupId] = ['calendarId', 'userId', 'groupId'].map((k) => ctx.query.get(k));
  if (!calendarId && !userId && !groupId) return badRequest('Either calendarId, userId or groupId is required');
  const groupCalendars = new Set(
    [...ctx.state.calendars.values()].filter((c) => c.groupId === groupId).map((c) => c.id),
  );
  const matching = [...events].filter(
    (e) =>
      (!calendarId || e.calendarId === calendarId) &&
      (!userId || e.assignedUserId === userId) &&
      (!groupId || groupCalendars.has(e.calendarId)) &&
      overlaps(e, from, to),
  );
  return [200, { events: matching }];
};

const freeSlots = (ctx: RouteContext, calendar: Json): Reply => {
  const from = Number(ctx.query.get('startDate'));
  const to = Number(ctx.query.get('endDate'));
  if (!(to > from) || to - from > 31 * 24 * 3600 * 1000)
    return badRequest('Date range must be positive and at most 31 days');
  const zone = ctx.query.get('timezone') || zoneOf(ctx);
  const step = minutesOf(calendar) * 60_000;
  const days: Record<string, { slots: string[] }> = {};
  // Walk the range in slot steps from a whole hour; keep slots inside open hours and not taken.
  for (let t = Math.ceil(from / 3_600_000) * 3_600_000; t + step <= to; t += step) {
    const start = new Date(t);
    const end = new Date(t + step);
    if (!withinOpenHours(start, end, zoneOf(ctx))) continue;
    const taken = [...ctx.state.appointments.values(), ...ctx.state.blockedSlots.values()].some(
      (e) => e.calendarId === calendar.id && overlaps(e, t, t + step),
    );
    if (taken) continue;
    const iso = isoInZone(start, zone);
    (days[iso.slice(0, 10)] ??= { slots: [] }).slots.push(iso);
  }
  return [200, days];
};

const groupRoutes = [
  route('GET', '/calendars/groups', (ctx) => [200, { groups: [...ctx.state.calendarGroups.values()] }]),
  route('POST', '/calendars/groups/validate-slug', (ctx) => [
    200,
    { available: ![...ctx.state.calendarGroups.values()].some((g) => g.slug === ctx.body.slug) },
  ]),
  route('POST', '/calendars/groups', (ctx) => {
    if ([...ctx.state.calendarGroups.values()].some((g) => g.slug === ctx.body.slug))
      return badRequest(`Slug ${String(ctx.body.slug)} is already in use`);
    const group = { id: newId(), locationId: ctx.state.location.id, isActive: true, ...pick(ctx.body, GROUP_KEYS) };
    ctx.state.calendarGroups.set(group.id, group);
    return [201, { group }];
  }),
  route('PUT', '/calendars/groups/{groupId}/status', (ctx) => {
    const group = recordOr404(ctx.state.calendarGroups, ctx.params.groupId, 'Group');
    return isReply(group) ? group : (Object.assign(group, { isActive: ctx.body.isActive }), [200, { success: true }]);
  }),
  route('PUT', '/calendars/groups/{groupId}', (ctx) => {
    const group = recordOr404(ctx.state.calendarGroups, ctx.params.groupId, 'Group');
    return isReply(group) ? group : [200, { group: Object.assign(group, pick(ctx.body, GROUP_KEYS)) }];
  }),
  route('DELETE', '/calendars/groups/{groupId}', (ctx) =>
    ctx.state.calendarGroups.delete(ctx.params.groupId!) ? [200, { success: true }] : notFound('Group'),
  ),
];

const eventRoutes = [
  route('GET', '/calendars/events', (ctx) => inWindow(ctx, ctx.state.appointments.values())),
  route('GET', '/calendars/blocked-slots', (ctx) => inWindow(ctx, ctx.state.blockedSlots.values())),
  route('POST', '/calendars/events/appointments', (ctx) => {
    const calendar = recordOr404(ctx.state.calendars, String(ctx.body.calendarId), 'Calendar');
    if (isReply(calendar)) return calendar;
    if (!ctx.state.contacts.has(String(ctx.body.contactId))) return notFound('Contact');
    const event = timed(calendar, {
      ...eventDefaults(ctx, calendar),
      title: 'Appointment',
      ...pick(ctx.body, APPOINTMENT_KEYS),
    });
    const problem = bookingProblem(ctx, calendar, event);
    if (problem) return problem;
    ctx.state.appointments.set(String(event.id), { ...event, users: [event.assignedUserId] });
    return [200, appointmentAnswer(event)];
  }),
  route('GET', '/calendars/events/appointments/{eventId}', (ctx) => {
    const event = recordOr404(ctx.state.appointments, ctx.params.eventId, 'Appointment');
    // Wrapped as GHL's live answers wrap it.
    return isReply(event) ? event : [200, { appointment: event }];
  }),
  route('PUT', '/calendars/events/appointments/{eventId}', (ctx) => {
    const event = recordOr404(ctx.state.appointments, ctx.params.eventId, 'Appointment');
    if (isReply(event)) return event;
    const next: Json = { ...event, ...pick(ctx.body, APPOINTMENT_KEYS), dateUpdated: ctx.now };
    const calendar = recordOr404(ctx.state.calendars, String(next.calendarId), 'Calendar');
    if (isReply(calendar)) return calendar;
    const moved =
      next.startTime !== event.startTime || next.endTime !== event.endTime || next.calendarId !== event.calendarId;
    const problem = moved ? bookingProblem(ctx, calendar, next, String(event.id)) : undefined;
    if (problem) return problem;
    Object.assign(event, next);
    return [200, appointmentAnswer(event)];
  }),
  route('DELETE', '/calendars/events/{eventId}', (ctx) =>
    ctx.state.appointments.delete(ctx.params.eventId!) || ctx.state.blockedSlots.delete(ctx.params.eventId!)
      ? [201, { succeeded: true }]
      : notFound('Event'),
  ),
  route('POST', '/calendars/events/block-slots', (ctx) => {
    // GHL blocks a calendar or a team member's time, never both at once (its docs issue 23).
    if (ctx.body.calendarId && ctx.body.assignedUserId)
      return badRequest('Either calendarId or assignedUserId can be set, not both');
    if (!ctx.body.calendarId && !ctx.body.assignedUserId)
      return badRequest('Either calendarId or assignedUserId is required');
    if (ctx.body.assignedUserId && !ctx.state.users.some((u) => u.id === ctx.body.assignedUserId))
      return notFound('User');
    const calendar = ctx.body.calendarId
      ? recordOr404(ctx.state.calendars, String(ctx.body.calendarId), 'Calendar')
      : {};
    if (isReply(calendar)) return calendar;
    // Listed with the appointments' shape (CalendarEventDTO), so it carries every field they do.
    const slot = timed(calendar, {
      ...eventDefaults(ctx, calendar),
      contactId: '',
      title: 'Blocked',
      ...(ctx.body.calendarId ? {} : { assignedUserId: ctx.body.assignedUserId }),
      ...pick(ctx.body, BLOCK_KEYS),
    });
    slot.users = [slot.assignedUserId];
    ctx.state.blockedSlots.set(String(slot.id), slot);
    return [201, blockAnswer(slot)];
  }),
  route('PUT', '/calendars/events/block-slots/{eventId}', (ctx) => {
    if (ctx.body.calendarId && ctx.body.assignedUserId)
      return badRequest('Either calendarId or assignedUserId can be set, not both');
    const slot = recordOr404(ctx.state.blockedSlots, ctx.params.eventId, 'Blocked slot');
    return isReply(slot) ? slot : [201, blockAnswer(Object.assign(slot, pick(ctx.body, BLOCK_KEYS)))];
  }),
];

const noteRoutes = [
  route('GET', '/calendars/appointments/{appointmentId}/notes', (ctx) => {
    const notes = [...ctx.state.appointmentNotes.values()].filter((n) => n.appointmentId === ctx.params.appointmentId);
    const offset = Number(ctx.query.get('offset') ?? 0);
    const limit = Number(ctx.query.get('limit') ?? 10);
    return [
      200,
      {
        notes: notes.slice(offset, offset + limit).map(({ appointmentId: _a, ...note }) => note),
        hasMore: notes.length > offset + limit,
      },
    ];
  }),
  route('POST', '/calendars/appointments/{appointmentId}/notes', (ctx) => {
    const event = recordOr404(ctx.state.appointments, ctx.params.appointmentId, 'Appointment');
    if (isReply(event)) return event;
    const note = {
      id: newId(),
      appointmentId: event.id,
      contactId: event.contactId,
      dateAdded: ctx.now,
      ...pick(ctx.body, ['body', 'userId']),
    };
    ctx.state.appointmentNotes.set(note.id, note);
    const { appointmentId: _a, ...answer } = note;
    return [201, { note: answer }];
  }),
  route('PUT', '/calendars/appointments/{appointmentId}/notes/{noteId}', (ctx) => {
    const note = recordOr404(ctx.state.appointmentNotes, ctx.params.noteId, 'Note');
    if (isReply(note)) return note;
    const { appointmentId: _a, ...answer } = Object.assign(note, pick(ctx.body, ['body', 'userId']));
    return [200, { note: answer }];
  }),
  route('DELETE', '/calendars/appointments/{appointmentId}/notes/{noteId}', (ctx) =>
    ctx.state.appointmentNotes.delete(ctx.params.noteId!) ? [200, { success: true }] : notFound('Note'),
  ),
];

const resourceRoutes = [
  route('GET', '/calendars/resources/{resourceType}', (ctx) => [
    200,
    [...ctx.state.calendarResources.values()].filter((r) => r.resourceType === ctx.params.resourceType),
  ]),
  route('POST', '/calendars/resources/{resourceType}', (ctx) => {
    const resource = {
      id: newId(),
      locationId: ctx.state.location.id,
      resourceType: ctx.params.resourceType,
      isActive: true,
      ...pick(ctx.body, RESOURCE_KEYS),
    };
    ctx.state.calendarResources.set(resource.id, resource);
    return [201, resource];
  }),
  route('GET', '/calendars/resources/{resourceType}/{id}', (ctx) => {
    const resource = recordOr404(ctx.state.calendarResources, ctx.params.id, 'Resource');
    return isReply(resource) ? resource : [200, resource];
  }),
  route('PUT', '/calendars/resources/{resourceType}/{id}', (ctx) => {
    const resource = recordOr404(ctx.state.calendarResources, ctx.params.id, 'Resource');
    return isReply(resource) ? resource : [200, resourceAnswer(Object.assign(resource, pick(ctx.body, RESOURCE_KEYS)))];
  }),
  route('DELETE', '/calendars/resources/{resourceType}/{id}', (ctx) =>
    ctx.state.calendarResources.delete(ctx.params.id!) ? [200, { success: true }] : notFound('Resource'),
  ),
];

const calendarItselfRoutes = [
  route('GET', '/calendars/', (ctx) => [
    200,
    {
      calendars: [...ctx.state.calendars.values()].filter(
        (c) => !ctx.query.get('groupId') || c.groupId === ctx.query.get('groupId'),
      ),
    },
  ]),
  route('POST', '/calendars/', (ctx) => {
    const calendar = {
      id: newId(),
      locationId: ctx.state.location.id,
      calendarType: 'event',
      slotDuration: 30,
      slotDurationUnit: 'mins',
      isActive: true,
      ...pick(ctx.body, CALENDAR_KEYS),
    };
    ctx.state.calendars.set(calendar.id, calendar);
    return [200, { calendar }];
  }),
  route('GET', '/calendars/{calendarId}/free-slots', (ctx) => {
    const calendar = recordOr404(ctx.state.calendars, ctx.params.calendarId, 'Calendar');
    return isReply(calendar) ? calendar : freeSlots(ctx, calendar);
  }),
  route('GET', '/calendars/{calendarId}/notifications', (ctx) => [
    200,
    [...ctx.state.calendarNotifications.values()]
      .filter((n) => n.calendarId === ctx.params.calendarId)
      .map(({ calendarId: _c, ...n }) => n),
  ]),
  route('POST', '/calendars/{calendarId}/notifications', (ctx) => {
    const created = ((ctx.body as unknown as Json[]) ?? []).map((n) => ({
      _id: newId(),
      isActive: true,
      deleted: false,
      ...pick(n, NOTIFICATION_KEYS),
    }));
    for (const n of created) ctx.state.calendarNotifications.set(n._id, { ...n, calendarId: ctx.params.calendarId });
    return [200, created];
  }),
  route('GET', '/calendars/{calendarId}/notifications/{notificationId}', (ctx) => {
    const n = recordOr404(ctx.state.calendarNotifications, ctx.params.notificationId, 'Notification');
    if (isReply(n)) return n;
    const { calendarId: _c, ...answer } = n;
    return [200, answer];
  }),
  route('PUT', '/calendars/{calendarId}/notifications/{notificationId}', (ctx) => {
    const n = recordOr404(ctx.state.calendarNotifications, ctx.params.notificationId, 'Notification');
    return isReply(n)
      ? n
      : (Object.assign(n, pick(ctx.body, NOTIFICATION_KEYS)), [200, { message: 'Notification updated' }]);
  }),
  route('DELETE', '/calendars/{calendarId}/notifications/{notificationId}', (ctx) =>
    ctx.state.calendarNotifications.delete(ctx.params.notificationId!)
      ? [200, { message: 'Notification deleted' }]
      : notFound('Notification'),
  ),
  route('GET', '/calendars/{calendarId}', (ctx) => {
    const calendar = recordOr404(ctx.state.calendars, ctx.params.calendarId, 'Calendar');
    return isReply(calendar) ? calendar : [200, { calendar }];
  }),
  route('PUT', '/calendars/{calendarId}', (ctx) => {
    const calendar = recordOr404(ctx.state.calendars, ctx.params.calendarId, 'Calendar');
    return isReply(calendar) ? calendar : [200, { calendar: Object.assign(calendar, pick(ctx.body, CALENDAR_KEYS)) }];
  }),
  route('DELETE', '/calendars/{calendarId}', (ctx) =>
    ctx.state.calendars.delete(ctx.params.calendarId!) ? [200, { success: true }] : notFound('Calendar'),
  ),
];

/** The Calendars API. Static paths come before `{calendarId}`, which would swallow them. */
export const calendarRoutes = [
  ...groupRoutes,
  ...eventRoutes,
  ...noteRoutes,
  ...resourceRoutes,
  ...calendarItselfRoutes,
];
