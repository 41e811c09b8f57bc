import { connectWithZapierCli } from '../../sandbox/connectCli';
import { ZAPIER_CLI, cliAppFolder, invoke, startSandboxCli } from '../support/zapierCli';

jest.setTimeout(120_000);

type Row = Record<string, unknown> & { matches?: Array<Record<string, unknown>> };

/**
 * The reads a Zap makes after its trigger, as Find steps run by Zapier's own CLI against the
 * sandbox: the best match first with every match as line items, and [] when nothing matches.
 */
describe('Find steps through zapier-platform invoke', () => {
  const app = cliAppFolder();
  let sandbox: Awaited<ReturnType<typeof startSandboxCli>>;
  let contactId: string;
  beforeAll(async () => {
    sandbox = await startSandboxCli(app.envFile);
    await connectWithZapierCli(app.dir, ZAPIER_CLI);
    const contact = (await invoke(app.dir, 'create', 'create_contact', {
      firstName: 'Thandi',
      phone: '+27 82 555 0143',
    })) as { id: string };
    contactId = contact.id;
  });
  afterAll(async () => {
    await sandbox?.stop();
    app.remove();
  });

  const find = async (key: string, input: Record<string, unknown>) =>
    (await invoke(app.dir, 'search', key, { contactId, ...input })) as Row[];

  /** A contact of the test's own, so no other test's records are among its matches. */
  const ownContact = async (firstName: string) =>
    (
      (await invoke(app.dir, 'create', 'create_contact', {
        firstName,
        email: `${firstName.toLowerCase()}@example.com`,
      })) as {
        id: string;
      }
    ).id;

  it('Find Contact Tasks: the open task due soonest, every open one as line items, none when filtered out', async () => {
    const contactId = await ownContact('Tasked');
    for (const [title, dueDate, completed] of [
      ['Call back about whitening', '2026-12-20T09:00:00Z', 'false'],
      ['Send the price list', '2026-12-10T09:00:00Z', 'false'],
      ['Welcome call', '2026-12-01T09:00:00Z', 'true'],
    ])
      await invoke(app.dir, 'create', 'create_contact_task', { contactId, title, dueDate, completed });

    const open = await find('find_contact_tasks', { contactId });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ title: 'Send the price list' });
    expect(open[0]!.matches!.map((t) => t.title)).toEqual(['Send the price list', 'Call back about whitening']);

    await expect(find('find_contact_tasks', { contactId, titleContains: 'CALL BACK' })).resolves.toEqual([
      expect.objectContaining({ title: 'Call back about whitening' }),
    ]);
    await expect(find('find_contact_tasks', { contactId, status: 'completed' })).resolves.toEqual([
      expect.objectContaining({ title: 'Welcome call' }),
    ]);
    await expect(find('find_contact_tasks', { contactId, titleContains: 'invoice' })).resolves.toEqual([]);
  });

  it('Find Contact Notes: newest first; a contact without notes finds nothing', async () => {
    const contactId = await ownContact('Noted');
    await invoke(app.dir, 'create', 'create_contact_note', { contactId, body: 'Asked about whitening' });
    await invoke(app.dir, 'create', 'create_contact_note', { contactId, body: 'Prefers Saturday mornings' });
    const [newest] = await find('find_contact_notes', { contactId });
    expect(newest).toMatchObject({ body: 'Prefers Saturday mornings' });
    expect(newest!.matches).toHaveLength(2);

    const other = (await invoke(app.dir, 'create', 'create_contact', {
      firstName: 'Sam',
      email: 'sam@example.com',
    })) as {
      id: string;
    };
    await expect(invoke(app.dir, 'search', 'find_contact_notes', { contactId: other.id })).resolves.toEqual([]);
  });

  it('Find Contact Appointments: the soonest first, by status, and none for a contact with no bookings', async () => {
    const other = (await invoke(app.dir, 'create', 'create_contact', {
      firstName: 'Lindiwe',
      email: 'l@example.com',
    })) as {
      id: string;
    };
    await expect(find('find_contact_appointments', { contactId: other.id })).resolves.toEqual([]);
    // Days from today, so the test holds whenever it runs.
    const day = (fromToday: number) => new Date(Date.now() + fromToday * 86_400_000).toISOString().slice(0, 10);
    for (const startTime of [`${day(15)} 10:00`, `${day(14)} 09:00`, `${day(-12)} 09:00`])
      await invoke(app.dir, 'create', 'create_appointment', {
        calendarId: 'calDental0000000001',
        contactId: other.id,
        startTime,
        ignoreFreeSlotValidation: 'true',
      });
    const [soonest] = await find('find_contact_appointments', { contactId: other.id });
    // Upcoming first, the soonest first; the past one last.
    expect(soonest!.matches!.map((a) => String(a.startTime).slice(0, 10))).toEqual([day(14), day(15), day(-12)]);
    await expect(
      find('find_contact_appointments', { contactId: other.id, appointmentStatus: 'cancelled' }),
    ).resolves.toEqual([]);
  });

  const MISSING = 'zzNoSuchRecord000001';
  const created = async (key: string, input: Record<string, unknown>) =>
    (await invoke(app.dir, 'create', key, input)) as Record<string, unknown> & { id: string };
  const search = (key: string, input: Record<string, unknown>) =>
    invoke(app.dir, 'search', key, input) as Promise<Row[]>;

  it('one record by ID: a task, a note, an opportunity, found, and [] for an ID HighLevel does not have', async () => {
    const task = await created('create_contact_task', {
      contactId,
      title: 'Call back',
      dueDate: '2026-12-21T09:00:00Z',
    });
    await expect(search('find_contact_task', { contactId, taskId: task.id })).resolves.toEqual([
      expect.objectContaining({ id: task.id, title: 'Call back' }),
    ]);
    await expect(search('find_contact_task', { contactId, taskId: MISSING })).resolves.toEqual([]);

    const note = await created('create_contact_note', { contactId, body: 'Wants a quote' });
    await expect(search('find_contact_note', { contactId, id: note.id })).resolves.toEqual([
      expect.objectContaining({ id: note.id, body: 'Wants a quote' }),
    ]);
    await expect(search('find_contact_note', { contactId, id: MISSING })).resolves.toEqual([]);

    const [pipeline] = (await invoke(app.dir, 'trigger', 'list_pipelines')) as Array<{ id: string }>;
    const deal = await created('create_opportunity', {
      contactId,
      name: 'Whitening',
      pipelineId: pipeline!.id,
      status: 'open',
    });
    await expect(search('find_opportunity', { id: deal.id })).resolves.toEqual([
      expect.objectContaining({ id: deal.id }),
    ]);
    await expect(search('find_opportunity', { id: MISSING })).resolves.toEqual([]);
    const [open] = await search('find_opportunities', { contact_id: contactId, status: 'open' });
    expect(open).toMatchObject({ id: deal.id, name: 'Whitening' });
    await expect(search('find_opportunities', { contact_id: contactId, status: 'won' })).resolves.toEqual([]);
  });

  it('contacts, users and businesses by words or ID, found and not', async () => {
    const [thandi] = await search('find_contacts', { query: 'Thandi' });
    expect(thandi).toMatchObject({ id: contactId });
    await expect(search('find_contacts', { query: 'Zebedee' })).resolves.toEqual([]);
    await invoke(app.dir, 'create', 'add_contact_tags', { contactId, tags: 'VIP Lead' });
    await expect(search('find_contacts', { tag: 'vip lead' })).resolves.toEqual([
      expect.objectContaining({ id: contactId }),
    ]);
    await expect(search('find_contacts', { tag: 'nobody has this tag' })).resolves.toEqual([]);
    await expect(search('find_contacts', { tag: 'vip lead', addedBefore: '2020-01-01T00:00:00Z' })).resolves.toEqual(
      [],
    );

    const [user] = await search('find_users', { query: 'Naledi' });
    expect(user).toMatchObject({ id: expect.any(String) });
    await expect(search('find_user', { userId: user!.id })).resolves.toEqual([
      expect.objectContaining({ id: user!.id }),
    ]);
    await expect(search('find_users', { query: 'Zebedee' })).resolves.toEqual([]);
    await expect(search('find_user', { userId: MISSING })).resolves.toEqual([]);

    const [business] = (await invoke(app.dir, 'trigger', 'list_businesses')) as Array<{ id: string }>;
    await expect(search('find_business', { businessId: business!.id })).resolves.toEqual([
      expect.objectContaining({ id: business!.id }),
    ]);
    await expect(search('find_business', { businessId: MISSING })).resolves.toEqual([]);

    await expect(search('find_contacts_by_business', { businessId: business!.id })).resolves.toEqual([]);
    await invoke(app.dir, 'create', 'bulk_update_contact_business', { ids: contactId, businessId: business!.id });
    await expect(search('find_contacts_by_business', { businessId: business!.id })).resolves.toEqual([
      expect.objectContaining({ id: contactId }),
    ]);
  });

  it("a contact's conversation and its messages, newest first, and one message by ID", async () => {
    const logged = await created('add_inbound_message', { contactId, message: 'Is Saturday open?' });
    const [conversation] = await search('find_conversations', { contactId });
    expect(conversation).toMatchObject({ contactId });
    const [newest] = await search('find_conversation_messages', { conversationId: conversation!.id });
    expect(newest).toMatchObject({ body: 'Is Saturday open?' });
    await expect(search('find_message', { id: newest!.id })).resolves.toEqual([
      expect.objectContaining({ id: newest!.id }),
    ]);
    await expect(search('find_message', { id: MISSING })).resolves.toEqual([]);
    await expect(
      search('find_conversation_messages', { conversationId: conversation!.id, type: 'TYPE_EMAIL' }),
    ).resolves.toEqual([]);
    expect(logged).toBeDefined();
  });

  it('free slots in a range, first day first, then an appointment booked in the first one and found by ID and in the range', async () => {
    const calendarId = 'calDental0000000001';
    const [first] = await search('find_free_slots', { calendarId });
    expect(first).toMatchObject({ slots: expect.arrayContaining([expect.any(String)]) });
    const slot = (first!.slots as string[])[0]!;
    const booking = await created('create_appointment', { calendarId, contactId, startTime: slot });
    await expect(search('find_appointment', { eventId: booking.id })).resolves.toEqual([
      expect.objectContaining({ id: booking.id }),
    ]);
    await expect(search('find_appointment', { eventId: MISSING })).resolves.toEqual([]);
    // A window around this one booking only.
    const from = Date.parse(slot) - 60_000;
    const [event] = await search('find_calendar_events', {
      calendarId,
      startTime: String(from),
      endTime: String(from + 120_000),
    });
    expect(event).toMatchObject({ id: booking.id });
    await expect(
      search('find_calendar_events', { calendarId, startTime: '1577836800000', endTime: '1577923200000' }),
    ).resolves.toEqual([]);
  });
});
