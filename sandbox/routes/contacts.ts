import { badRequest, isReply, notFound, pageOf, recordOr404, route, type Reply, type RouteContext } from '../router';
import { storedPhone, withStoredPhone } from '../phones';
import { type Json, type LocationState, newId, pickFields } from '../store';

const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'name',
  'email',
  'phone',
  'companyName',
  'address1',
  'city',
  'state',
  'postalCode',
  'country',
  'website',
  'timezone',
  'dnd',
  // Replaced as a whole by an update, as the one object GHL's DTO has: callers keep the other channels.
  'dndSettings',
  'source',
  'dateOfBirth',
  'assignedTo',
  'tags',
  'customFields',
  'gender',
];

const pickContactFields = (body: Json) => pickFields(body, CONTACT_FIELDS);

const withName = (contact: Json): Json => {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return name ? { ...contact, name } : contact;
};

const mergeCustomFields = (current: unknown, incoming: unknown) => {
  const byId = new Map<string, Json>(((current as Json[]) ?? []).map((f) => [String(f.id), f]));
  // GHL takes `fieldValue` (the v2 spec's `field_value` is deprecated) and still reads the old name.
  for (const f of (incoming as Array<{ id: string; fieldValue?: unknown; field_value?: unknown }>) ?? [])
    byId.set(f.id, { id: f.id, value: f.fieldValue ?? f.field_value });
  return [...byId.values()];
};

/** Applies a create/update body the way GHL stores it (custom fields as {id, value}). */
const applyFields = (contact: Json, body: Json, now: string): Json => {
  const { customFields, ...rest } = pickContactFields(body);
  const next: Json = { ...contact, ...rest, dateUpdated: now };
  if (customFields) next.customFields = mergeCustomFields(contact.customFields, customFields);
  if (typeof next.email === 'string') next.email = next.email.toLowerCase();
  return withName(next);
};

/** GHL's duplicate rule: the same email, or the same phone once both are in E.164. */
const findDuplicate = (state: LocationState, email?: unknown, phone?: unknown): Json | undefined => {
  const wanted = phone ? storedPhone(state, phone) : undefined;
  return [...state.contacts.values()].find(
    (c) => (email && c.email === String(email).toLowerCase()) || (wanted && c.phone === wanted),
  );
};

const contactOr404 = (ctx: RouteContext): Json | Reply =>
  recordOr404(ctx.state.contacts, ctx.params.contactId, 'Contact');

const byDateDesc = (field: string) => (a: Json, b: Json) =>
  String(b[field] ?? '').localeCompare(String(a[field] ?? ''));

const addContact = (state: LocationState, body: Json, now: string): Json => {
  const id = newId();
  const contact = applyFields(
    { id, locationId: state.location.id, dateAdded: now, tags: [], type: 'lead' },
    withStoredPhone(state, body),
    now,
  );
  state.contacts.set(id, contact);
  return contact;
};

/** GHL's upsert: the contact with this email or phone, updated, else a new one. */
export const upsertContact = (state: LocationState, body: Json, now: string): { contact: Json; isNew: boolean } => {
  const existing = findDuplicate(state, body.email, body.phone);
  if (!existing) return { contact: addContact(state, body, now), isNew: true };
  const contact = applyFields(existing, withStoredPhone(state, body), now);
  state.contacts.set(String(existing.id), contact);
  return { contact, isNew: false };
};

/** CreateContactSchema has no `name` or `timezone`: a new contact's answer leaves them out. */
const asCreated = ({ name: _name, timezone: _timezone, ...created }: Json): Json => created;

const createContact = (ctx: RouteContext): Reply => {
  const existing = findDuplicate(ctx.state, ctx.body.email, ctx.body.phone);
  if (existing) {
    return [
      400,
      {
        statusCode: 400,
        message: 'This location does not allow duplicated contacts.',
        meta: {
          contactName: existing.name,
          contactId: existing.id,
          matchingField: existing.email === String(ctx.body.email ?? '').toLowerCase() ? 'email' : 'phone',
        },
      },
    ];
  }
  return [201, { contact: asCreated(addContact(ctx.state, ctx.body, ctx.now)) }];
};

interface SearchFilter {
  field: string;
  operator: string;
  value: unknown;
}

/** One of the advanced search's filters: `contains` a tag, a `range` of dates, `eq` a value. */
const passes = (contact: Json, { field, operator, value }: SearchFilter): boolean => {
  const held = contact[field];
  if (operator === 'contains')
    return Array.isArray(held)
      ? held.some((item) => String(item).toLowerCase() === String(value).toLowerCase())
      : String(held ?? '')
          .toLowerCase()
          .includes(String(value).toLowerCase());
  if (operator === 'range') {
    const { gte, lte } = value as { gte?: string; lte?: string };
    const at = Date.parse(String(held ?? ''));
    return (!gte || at >= Date.parse(gte)) && (!lte || at <= Date.parse(lte));
  }
  return operator === 'eq' ? String(held) === String(value) : true;
};

const search = (ctx: RouteContext): Reply => {
  const {
    query = '',
    pageLimit = 20,
    page = 1,
    sort = [],
    filters = [],
  } = ctx.body as {
    query?: string;
    pageLimit?: number;
    page?: number;
    sort?: Array<{ field: string }>;
    filters?: SearchFilter[];
  };
  const q = String(query).toLowerCase();
  const matches = [...ctx.state.contacts.values()]
    .filter(
      (c) =>
        !q ||
        [c.name, c.email, c.phone, c.companyName].some((v) =>
          String(v ?? '')
            .toLowerCase()
            .includes(q),
        ),
    )
    .filter((c) => filters.every((filter) => passes(c, filter)))
    .sort(byDateDesc(sort[0]?.field ?? 'dateAdded'));
  const start = (Number(page) - 1) * Number(pageLimit);
  return [200, { contacts: matches.slice(start, start + Number(pageLimit)), total: matches.length }];
};

const changeTags = (ctx: RouteContext, add: boolean): Reply => {
  const contact = contactOr404(ctx);
  if (isReply(contact)) return contact;
  const tags = ctx.body.tags as string[] | undefined;
  if (!Array.isArray(tags) || !tags.length) return badRequest('tags must be a non-empty array');
  const current = new Set(contact.tags as string[]);
  for (const tag of tags)
    if (add) current.add(tag);
    else current.delete(tag);
  contact.tags = [...current];
  contact.dateUpdated = ctx.now;
  return [add ? 201 : 200, { tags: contact.tags }];
};

const childOf = (map: Map<string, Json>, ctx: RouteContext, idParam: string, what: string): Json | Reply => {
  const child = map.get(ctx.params[idParam]!);
  return child && child.contactId === ctx.params.contactId ? child : notFound(what);
};

const listChildren = (map: Map<string, Json>, ctx: RouteContext) =>
  [...map.values()].filter((x) => x.contactId === ctx.params.contactId);

const TASK_FIELDS = ['title', 'body', 'dueDate', 'completed', 'assignedTo'];
const NOTE_FIELDS = ['body', 'title', 'userId', 'color', 'pinned'];
/** What list endpoints show of a contact (ContactsSearchSchema): fewer fields than a read. */
const LISTED_FIELDS = [
  'id',
  'locationId',
  'email',
  'timezone',
  'country',
  'source',
  'dateAdded',
  'customFields',
  'tags',
  'businessId',
];
const EVENT_FIELDS = [
  'id',
  'calendarId',
  'title',
  'assignedUserId',
  'notes',
  'startTime',
  'endTime',
  'address',
  'locationId',
  'contactId',
  'groupId',
  'appointmentStatus',
  'users',
  'dateAdded',
  'dateUpdated',
];

/** GET, PUT and DELETE of one task or note of a contact: the same rules for both. */
const childRoutes = (
  collection: 'tasks' | 'notes',
  idParam: string,
  what: string,
  fields: string[],
  key: 'task' | 'note',
) => {
  const path = `/contacts/{contactId}/${collection}/{${idParam}}`;
  const find = (ctx: RouteContext) => childOf(ctx.state[collection], ctx, idParam, what);
  return [
    route('GET', path, (ctx) => {
      const child = find(ctx);
      return isReply(child) ? child : [200, { [key]: child }];
    }),
    route('PUT', path, (ctx) => {
      // GHL's task update replaces the task: it refuses one without its title and due date
      // (which is why other clients read the task first).
      if (collection === 'tasks' && (!ctx.body.title || !ctx.body.dueDate))
        return badRequest('title should not be empty; dueDate must be a valid ISO 8601 date string');
      const child = find(ctx);
      return isReply(child) ? child : [200, { [key]: Object.assign(child, pickFields(ctx.body, fields)) }];
    }),
    route('DELETE', path, (ctx) => {
      const child = find(ctx);
      if (isReply(child)) return child;
      ctx.state[collection].delete(String(child.id));
      return [200, { succeded: true }];
    }),
  ];
};

export const contactRoutes = [
  route('POST', '/contacts/search', search),
  route('GET', '/contacts/search/duplicate', (ctx) => {
    const contact = findDuplicate(ctx.state, ctx.query.get('email'), ctx.query.get('number'));
    return [200, { contact: contact ?? null }];
  }),
  route('POST', '/contacts/upsert', (ctx) => {
    const { contact, isNew } = upsertContact(ctx.state, ctx.body, ctx.now);
    return [200, { new: isNew, contact: isNew ? asCreated(contact) : contact }];
  }),
  route('POST', '/contacts/bulk/tags/update/{type}', (ctx) => {
    const ids = (ctx.body.contacts as string[]) ?? [];
    // UpdateTagsResponseDTO declares `responses` as strings, one per contact.
    let errorCount = 0;
    const responses = ids.map((contactId) => {
      const [status] = changeTags({ ...ctx, params: { contactId } }, ctx.params.type === 'add');
      if (status >= 300) errorCount += 1;
      return `${contactId}: ${status < 300 ? 'tags updated' : 'contact not found'}`;
    });
    return [201, { succeded: errorCount === 0, errorCount, responses }];
  }),
  route('GET', '/contacts/business/{businessId}', (ctx) => {
    // Storage order, oldest first, as GHL answers this list (it takes no sort parameter).
    const contacts = [...ctx.state.contacts.values()].filter((c) => c.businessId === ctx.params.businessId);
    return [
      200,
      {
        contacts: pageOf(ctx, contacts, { defaultLimit: 25 }).map((c) => pickFields(c, LISTED_FIELDS)),
        count: contacts.length,
      },
    ];
  }),
  route('GET', '/contacts/', (ctx) => [
    200,
    {
      contacts: [...ctx.state.contacts.values()]
        .slice(0, Number(ctx.query.get('limit') ?? 20))
        .map((c) => pickFields(c, LISTED_FIELDS)),
      count: ctx.state.contacts.size,
    },
  ]),
  route('POST', '/contacts/', createContact),
  route('GET', '/contacts/{contactId}', (ctx) => {
    const contact = contactOr404(ctx);
    return isReply(contact) ? contact : [200, { contact }];
  }),
  route('PUT', '/contacts/{contactId}', (ctx) => {
    const contact = contactOr404(ctx);
    if (isReply(contact)) return contact;
    const updated = applyFields(contact, withStoredPhone(ctx.state, ctx.body), ctx.now);
    ctx.state.contacts.set(String(contact.id), updated);
    return [200, { succeded: true, contact: updated }];
  }),
  route('DELETE', '/contacts/{contactId}', (ctx) => {
    if (!ctx.state.contacts.delete(ctx.params.contactId!)) return notFound('Contact');
    return [200, { succeded: true }];
  }),
  route('POST', '/contacts/{contactId}/tags', (ctx) => changeTags(ctx, true)),
  route('DELETE', '/contacts/{contactId}/tags', (ctx) => changeTags(ctx, false)),
  // The contact's appointments, in the shape this endpoint answers (GetEventSchema).
  route('GET', '/contacts/{contactId}/appointments', (ctx) => [
    200,
    { events: listChildren(ctx.state.appointments, ctx).map((e) => pickFields(e, EVENT_FIELDS)) },
  ]),
  route('GET', '/contacts/{contactId}/tasks', (ctx) => [200, { tasks: listChildren(ctx.state.tasks, ctx) }]),
  route('POST', '/contacts/{contactId}/tasks', (ctx) => {
    const contact = contactOr404(ctx);
    if (isReply(contact)) return contact;
    if (!ctx.body.title || !ctx.body.dueDate || typeof ctx.body.completed !== 'boolean')
      return [422, { statusCode: 422, message: ['title, dueDate and completed are required'] }];
    const task = { id: newId(), contactId: contact.id, ...pickFields(ctx.body, TASK_FIELDS) };
    ctx.state.tasks.set(task.id, task);
    return [201, { task }];
  }),
  route('PUT', '/contacts/{contactId}/tasks/{taskId}/completed', (ctx) => {
    const task = childOf(ctx.state.tasks, ctx, 'taskId', 'Task');
    return isReply(task) ? task : [200, { task: Object.assign(task, { completed: ctx.body.completed === true }) }];
  }),
  route('GET', '/contacts/{contactId}/notes', (ctx) => [200, { notes: listChildren(ctx.state.notes, ctx) }]),
  route('POST', '/contacts/{contactId}/notes', (ctx) => {
    const contact = contactOr404(ctx);
    if (isReply(contact)) return contact;
    if (!ctx.body.body) return [422, { statusCode: 422, message: ['body should not be empty'] }];
    const note = { id: newId(), contactId: contact.id, dateAdded: ctx.now, ...pickFields(ctx.body, NOTE_FIELDS) };
    ctx.state.notes.set(note.id, note);
    return [201, { note }];
  }),
  ...childRoutes('tasks', 'taskId', 'Task', TASK_FIELDS, 'task'),
  ...childRoutes('notes', 'id', 'Note', NOTE_FIELDS, 'note'),
  route('DELETE', '/contacts/{contactId}/campaigns/removeAll', (ctx) => {
    const contact = contactOr404(ctx);
    if (isReply(contact)) return contact;
    ctx.state.campaignMembers.delete(String(contact.id));
    return [200, { succeded: true }];
  }),
  route('POST', '/contacts/{contactId}/campaigns/{campaignId}', (ctx) => {
    const contact = contactOr404(ctx);
    if (isReply(contact)) return contact;
    if (!ctx.state.campaigns.some((c) => c.id === ctx.params.campaignId)) return notFound('Campaign');
    const set = ctx.state.campaignMembers.get(String(contact.id)) ?? new Set<string>();
    set.add(ctx.params.campaignId!);
    ctx.state.campaignMembers.set(String(contact.id), set);
    return [201, { succeded: true }];
  }),
  route('DELETE', '/contacts/{contactId}/campaigns/{campaignId}', (ctx) => {
    const contact = contactOr404(ctx);
    if (isReply(contact)) return contact;
    ctx.state.campaignMembers.get(String(contact.id))?.delete(ctx.params.campaignId!);
    return [200, { succeded: true }];
  }),
];
