import { LOCATION_ID, expectCall, run } from '../helpers';
import { type Row, actedOn, describeRows } from './rowTable';

/**
 * Every Contacts row, end to end through zapier-platform-core with GHL mocked by nock: the
 * exact request each sends (method, path, query, Version header, body) and the output it returns.
 */
const C = 'seD4PfOuKoVMLkEZqohJ';
const contact = {
  id: C,
  locationId: LOCATION_ID,
  firstName: 'Thandi',
  email: 'thandi@example.com',
  dateUpdated: '2026-11-21T10:00:00.000Z',
};
/** How the contact search triggers hand it on: with the dropdown's readable label. */
const listed = { ...contact, label: 'Thandi (thandi@example.com)' };
const task = { id: 'task1', contactId: C, title: 'Call back', dueDate: '2026-11-23T15:00:00.000Z', completed: false };
const note = { id: 'note1', contactId: C, body: 'SMS: hi', dateAdded: '2026-11-21T10:00:00.000Z' };
const ok = { succeded: true };
const searchBody = (field: string, extra: Record<string, unknown> = {}) => ({
  locationId: LOCATION_ID,
  sort: [{ field, direction: 'desc' }],
  pageLimit: 100,
  page: 1,
  ...extra,
});

const rows: Row[] = [
  {
    kind: 'triggers',
    key: 'new_contact',
    input: {},
    method: 'POST',
    path: '/contacts/search',
    body: searchBody('dateAdded'),
    reply: { contacts: [contact] },
    output: [listed],
  },
  {
    kind: 'triggers',
    key: 'updated_contact',
    input: {},
    method: 'POST',
    path: '/contacts/search',
    body: searchBody('dateUpdated'),
    reply: { contacts: [contact] },
    output: [listed],
  },
  {
    kind: 'triggers',
    key: 'search_contacts',
    input: { query: ' thandi ' },
    method: 'POST',
    path: '/contacts/search',
    body: searchBody('dateAdded', { query: 'thandi' }),
    reply: { contacts: [contact] },
    output: [listed],
  },
  {
    kind: 'searches',
    key: 'find_contacts',
    input: {
      query: 'thandi',
      tag: 'SMS-Lead',
      addedAfter: '2026-11-01T00:00:00Z',
      addedBefore: '2026-11-30T23:59:59Z',
    },
    method: 'POST',
    path: '/contacts/search',
    body: searchBody('dateAdded', {
      query: 'thandi',
      filters: [
        { field: 'tags', operator: 'contains', value: 'sms-lead' },
        {
          field: 'dateAdded',
          operator: 'range',
          value: { gte: '2026-11-01T00:00:00.000Z', lte: '2026-11-30T23:59:59.000Z' },
        },
      ],
    }),
    reply: { contacts: [contact] },
    output: [{ ...listed, matches: [listed] }],
  },
  {
    kind: 'searches',
    key: 'find_contacts',
    input: { tag: 'nobody-has-this' },
    method: 'POST',
    path: '/contacts/search',
    body: searchBody('dateAdded', { filters: [{ field: 'tags', operator: 'contains', value: 'nobody-has-this' }] }),
    reply: { contacts: [] },
    output: [],
  },
  {
    kind: 'triggers',
    key: 'get_contact',
    input: { contactId: C },
    method: 'GET',
    path: `/contacts/${C}`,
    query: {},
    reply: { contact },
    output: [contact],
  },
  {
    kind: 'triggers',
    key: 'get_contacts_by_business',
    input: { businessId: 'biz1' },
    method: 'GET',
    path: '/contacts/business/biz1',
    query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
    reply: { contacts: [contact], count: 1 },
    output: [contact],
  },
  {
    kind: 'triggers',
    key: 'get_duplicate_contact',
    input: { email: 'Thandi@Example.com', phone: '+27 (82) 555-0143' },
    method: 'GET',
    path: '/contacts/search/duplicate',
    query: { locationId: LOCATION_ID, email: 'thandi@example.com', number: '+27825550143' },
    reply: { contact },
    output: [contact],
  },
  {
    kind: 'triggers',
    key: 'get_contact_appointments',
    input: { contactId: C },
    method: 'GET',
    path: `/contacts/${C}/appointments`,
    query: {},
    reply: { events: [{ id: 'ev1', dateAdded: '2026-11-21T10:00:00.000Z' }] },
    output: [{ id: 'ev1', dateAdded: '2026-11-21T10:00:00.000Z' }],
  },
  {
    kind: 'triggers',
    key: 'get_contact_tasks',
    input: { contactId: C },
    method: 'GET',
    path: `/contacts/${C}/tasks`,
    query: {},
    reply: { tasks: [task] },
    output: [task],
  },
  {
    kind: 'triggers',
    key: 'get_contact_task',
    input: { contactId: C, taskId: 'task1' },
    method: 'GET',
    path: `/contacts/${C}/tasks/task1`,
    query: {},
    reply: { task },
    output: [task],
  },
  {
    kind: 'triggers',
    key: 'get_contact_notes',
    input: { contactId: C },
    method: 'GET',
    path: `/contacts/${C}/notes`,
    query: {},
    reply: { notes: [note] },
    output: [note],
  },
  {
    kind: 'triggers',
    key: 'get_contact_note',
    input: { contactId: C, id: 'note1' },
    method: 'GET',
    path: `/contacts/${C}/notes/note1`,
    query: {},
    reply: { note },
    output: [note],
  },
  {
    kind: 'triggers',
    key: 'list_contacts',
    input: {},
    method: 'GET',
    path: '/contacts/',
    query: { locationId: LOCATION_ID, limit: '100' },
    reply: { contacts: [contact] },
    output: [contact],
  },
  {
    kind: 'searches',
    key: 'find_contact',
    input: { email: 'thandi@example.com', phone: '', contactId: '' },
    method: 'GET',
    path: '/contacts/search/duplicate',
    query: { locationId: LOCATION_ID, email: 'thandi@example.com' },
    reply: { contact },
    output: [contact],
  },
  {
    kind: 'searches',
    key: 'find_contact',
    input: { email: 'ignored@example.com', contactId: C },
    method: 'GET',
    path: `/contacts/${C}`,
    query: {},
    reply: { contact },
    output: [contact],
  },
  {
    kind: 'creates',
    key: 'create_contact',
    input: {
      firstName: 'Thandi',
      lastName: '',
      email: 'THANDI@example.com',
      phone: '082 555 0143',
      phoneCountry: 'ZA',
      tags: 'sms-lead, promo',
      dnd: 'no',
      dateOfBirth: '09/25/1990',
      customField__cf1: 'Cape Town',
      customField__cf2: '',
    },
    method: 'POST',
    path: '/contacts/',
    body: {
      locationId: LOCATION_ID,
      firstName: 'Thandi',
      email: 'thandi@example.com',
      phone: '+27825550143',
      tags: ['sms-lead', 'promo'],
      dnd: false,
      dateOfBirth: '1990-09-25',
      customFields: [{ id: 'cf1', fieldValue: 'Cape Town' }],
    },
    reply: { contact },
    output: contact,
  },
  {
    kind: 'creates',
    key: 'update_contact',
    input: { contactId: C, firstName: '', lastName: 'Mokoena', email: '  ', city: 'Cape Town' },
    method: 'PUT',
    path: `/contacts/${C}`,
    body: { lastName: 'Mokoena', city: 'Cape Town' },
    reply: { succeded: true, contact },
    output: contact,
  },
  {
    kind: 'creates',
    key: 'upsert_contact',
    input: { phone: '+27825550143', firstName: 'Thandi' },
    method: 'POST',
    path: '/contacts/upsert',
    body: { locationId: LOCATION_ID, phone: '+27825550143', firstName: 'Thandi' },
    reply: { new: false, contact },
    output: contact,
  },
  {
    kind: 'creates',
    key: 'delete_contact',
    input: { contactId: C },
    method: 'DELETE',
    path: `/contacts/${C}`,
    query: {},
    reply: ok,
    output: actedOn({ contactId: C }, ok),
  },
  {
    kind: 'creates',
    key: 'add_contact_tags',
    input: { contactId: C, tags: ['sms-lead', ' vip ', 'sms-lead'] },
    method: 'POST',
    path: `/contacts/${C}/tags`,
    body: { tags: ['sms-lead', 'vip'] },
    reply: { tags: ['sms-lead', 'vip'] },
    output: actedOn({ contactId: C }, { tags: ['sms-lead', 'vip'] }),
  },
  {
    kind: 'creates',
    key: 'remove_contact_tags',
    input: { contactId: C, tags: 'vip' },
    method: 'DELETE',
    path: `/contacts/${C}/tags`,
    body: { tags: ['vip'] },
    reply: { tags: ['sms-lead'] },
    output: actedOn({ contactId: C }, { tags: ['sms-lead'] }),
  },
  {
    kind: 'creates',
    key: 'bulk_update_contact_tags',
    input: { type: 'add', contacts: 'c1,c2', tags: ['promo'] },
    method: 'POST',
    path: '/contacts/bulk/tags/update/add',
    body: { locationId: LOCATION_ID, contacts: ['c1', 'c2'], tags: ['promo'] },
    reply: { succeded: true, errorCount: 0, responses: [] },
    output: actedOn({}, { succeded: true, errorCount: 0, responses: [] }),
  },
  {
    kind: 'creates',
    key: 'create_contact_task',
    input: { contactId: C, title: 'Call back', dueDate: '2026-11-23 15:00 +02:00', assignedTo: 'u1' },
    method: 'POST',
    path: `/contacts/${C}/tasks`,
    body: { title: 'Call back', dueDate: '2026-11-23T13:00:00.000Z', assignedTo: 'u1', completed: false },
    reply: { task },
    output: task,
  },
  {
    // Title and due date mapped: nothing to read first.
    kind: 'creates',
    key: 'update_contact_task',
    input: { contactId: C, taskId: 'task1', title: 'Call back', dueDate: '2026-12-07T09:30:00Z', body: 'New details' },
    method: 'PUT',
    path: `/contacts/${C}/tasks/task1`,
    body: { title: 'Call back', dueDate: '2026-12-07T09:30:00.000Z', body: 'New details' },
    reply: { task },
    output: task,
  },
  {
    kind: 'creates',
    key: 'complete_contact_task',
    input: { contactId: C, taskId: 'task1' },
    method: 'PUT',
    path: `/contacts/${C}/tasks/task1/completed`,
    body: { completed: true },
    reply: { task: { ...task, completed: true } },
    output: { ...task, completed: true },
  },
  {
    kind: 'creates',
    key: 'delete_contact_task',
    input: { contactId: C, taskId: 'task1' },
    method: 'DELETE',
    path: `/contacts/${C}/tasks/task1`,
    query: {},
    reply: ok,
    output: actedOn({ contactId: C, taskId: 'task1' }, ok),
  },
  {
    kind: 'creates',
    key: 'create_contact_note',
    input: { contactId: C, body: 'SMS: hi', pinned: 'true' },
    method: 'POST',
    path: `/contacts/${C}/notes`,
    body: { body: 'SMS: hi', pinned: true },
    reply: { note },
    output: note,
  },
  {
    kind: 'creates',
    key: 'update_contact_note',
    input: { contactId: C, id: 'note1', title: 'SMS', body: '' },
    method: 'PUT',
    path: `/contacts/${C}/notes/note1`,
    body: { title: 'SMS' },
    reply: { note },
    output: note,
  },
  {
    kind: 'creates',
    key: 'delete_contact_note',
    input: { contactId: C, id: 'note1' },
    method: 'DELETE',
    path: `/contacts/${C}/notes/note1`,
    query: {},
    reply: ok,
    output: actedOn({ contactId: C, id: 'note1' }, ok),
  },
  {
    kind: 'creates',
    key: 'add_contact_to_campaign',
    input: { contactId: C, campaignId: 'camp1' },
    method: 'POST',
    path: `/contacts/${C}/campaigns/camp1`,
    body: {},
    reply: ok,
    output: actedOn({ contactId: C, campaignId: 'camp1' }, ok),
  },
  {
    kind: 'creates',
    key: 'remove_contact_from_campaign',
    input: { contactId: C, campaignId: 'camp1' },
    method: 'DELETE',
    path: `/contacts/${C}/campaigns/camp1`,
    query: {},
    reply: ok,
    output: actedOn({ contactId: C, campaignId: 'camp1' }, ok),
  },
  {
    kind: 'creates',
    key: 'remove_contact_from_all_campaigns',
    input: { contactId: C },
    method: 'DELETE',
    path: `/contacts/${C}/campaigns/removeAll`,
    query: {},
    reply: ok,
    output: actedOn({ contactId: C }, ok),
  },
];

describeRows(rows);

describe('creates.update_contact_task', () => {
  it("sends back the task's own title and due date when the step leaves them empty, so the update never blanks them", async () => {
    const read = expectCall('GET', `/contacts/${C}/tasks/task1`, 200, {
      task: { id: 'task1', title: 'Reply to SMS', dueDate: '2026-12-01T09:00:00.000Z', body: 'Old' },
    });
    const write = expectCall('PUT', `/contacts/${C}/tasks/task1`, 200, { task: { id: 'task1' } });
    await run('creates', 'update_contact_task', { contactId: C, taskId: 'task1', title: '', body: 'New details' });
    expect(read.sent).toHaveLength(1);
    expect(write.sent[0]!.body).toEqual({
      title: 'Reply to SMS',
      dueDate: '2026-12-01T09:00:00.000Z',
      body: 'New details',
    });
  });
});

/** Opt Out / Opt Back In change one channel's DND and send every other channel's setting as it was. */
describe.each([
  ['opt_out_contact', 'active', 'Opted out through Zapier'],
  ['opt_in_contact', 'inactive', 'Opted back in through Zapier'],
])('creates.%s', (key, status, reason) => {
  const contact = 'seD4PfOuKoVMLkEZqohJ';
  const current = { Email: { status: 'active', message: 'Bounced' }, SMS: { status: 'permanent', message: 'x' } };

  it('reads the contact, then sends its DND settings with only the chosen channel changed', async () => {
    const read = expectCall('GET', `/contacts/${contact}`, 200, { contact: { id: contact, dndSettings: current } });
    const update = expectCall('PUT', `/contacts/${contact}`, 200, { succeded: true, contact: { id: contact } });
    await expect(run('creates', key, { contactId: contact, channel: 'WhatsApp' })).resolves.toEqual({ id: contact });
    expect(read.sent).toHaveLength(1);
    expect(update.sent[0]!.body).toEqual({ dndSettings: { ...current, WhatsApp: { status, message: reason } } });
  });

  it('sends the reason given', async () => {
    expectCall('GET', `/contacts/${contact}`, 200, { contact: { id: contact } });
    const update = expectCall('PUT', `/contacts/${contact}`, 200, { succeded: true, contact: { id: contact } });
    await run('creates', key, { contactId: contact, channel: 'SMS', reason: 'Asked on the phone' });
    expect(update.sent[0]!.body).toEqual({ dndSettings: { SMS: { status, message: 'Asked on the phone' } } });
  });

  it('refuses a channel GHL has no setting for, before anything is sent', async () => {
    await expect(run('creates', key, { contactId: contact, channel: 'Telegram' })).rejects.toThrow(
      /Channel.{0,4} must be one of: SMS, Email, Call/,
    );
  });
});

/** Find or Create Contact's create: a duplicate refusal that names the contact hands that contact on. */
describe('creates.create_contact_unless_exists', () => {
  const existing = { id: 'cExisting0000000001', phone: '+27827001234', firstName: 'Naledi' };

  it('creates the contact when GHL has none', async () => {
    const create = expectCall('POST', '/contacts/', 201, { contact: { id: 'cNew', phone: '+27827001234' } });
    await expect(run('creates', 'create_contact_unless_exists', { phone: '+27827001234' })).resolves.toEqual({
      id: 'cNew',
      phone: '+27827001234',
    });
    expect(create.sent[0]!.body).toEqual({ phone: '+27827001234', locationId: LOCATION_ID });
  });

  it('returns the contact GHL names when it refuses the create as a duplicate', async () => {
    expectCall('POST', '/contacts/', 400, {
      statusCode: 400,
      message: 'This location does not allow duplicated contacts.',
      meta: { contactName: 'Naledi', contactId: existing.id, matchingField: 'phone' },
    });
    const read = expectCall('GET', `/contacts/${existing.id}`, 200, { contact: existing });
    await expect(run('creates', 'create_contact_unless_exists', { phone: '+27827001234' })).resolves.toEqual(existing);
    expect(read.sent).toHaveLength(1);
  });

  it('fails as Create Contact does on any other refusal', async () => {
    expectCall('POST', '/contacts/', 400, { statusCode: 400, message: 'email must be an email' });
    await expect(run('creates', 'create_contact_unless_exists', { phone: '+27827001234' })).rejects.toThrow(
      /HighLevel rejected the data sent.*email must be an email/,
    );
  });

  it('Create Contact itself still fails on a duplicate, naming the existing contact', async () => {
    expectCall('POST', '/contacts/', 400, {
      statusCode: 400,
      message: 'This location does not allow duplicated contacts.',
      meta: { contactId: existing.id },
    });
    await expect(run('creates', 'create_contact', { phone: '+27827001234' })).rejects.toThrow(
      new RegExp(`existing contact ID ${existing.id}`),
    );
  });
});
