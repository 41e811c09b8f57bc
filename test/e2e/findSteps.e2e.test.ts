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

  it('Find Contact Tasks: the open task due soonest, every open one as line items, none when filtered out', async () => {
    for (const [title, dueDate, completed] of [
      ['Call back about whitening', '2026-12-20T09:00:00Z', 'false'],
      ['Send the price list', '2026-12-10T09:00:00Z', 'false'],
      ['Welcome call', '2026-12-01T09:00:00Z', 'true'],
    ])
      await invoke(app.dir, 'create', 'create_contact_task', { contactId, title, dueDate, completed });

    const open = await find('find_contact_tasks', {});
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ title: 'Send the price list' });
    expect(open[0]!.matches!.map((t) => t.title)).toEqual(['Send the price list', 'Call back about whitening']);

    await expect(find('find_contact_tasks', { titleContains: 'CALL BACK' })).resolves.toEqual([
      expect.objectContaining({ title: 'Call back about whitening' }),
    ]);
    await expect(find('find_contact_tasks', { status: 'completed' })).resolves.toEqual([
      expect.objectContaining({ title: 'Welcome call' }),
    ]);
    await expect(find('find_contact_tasks', { titleContains: 'invoice' })).resolves.toEqual([]);
  });

  it('Find Contact Notes: newest first; a contact without notes finds nothing', async () => {
    await invoke(app.dir, 'create', 'create_contact_note', { contactId, body: 'Asked about whitening' });
    await invoke(app.dir, 'create', 'create_contact_note', { contactId, body: 'Prefers Saturday mornings' });
    const [newest] = await find('find_contact_notes', {});
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
    for (const startTime of ['2026-12-17 10:00', '2026-12-16 09:00'])
      await invoke(app.dir, 'create', 'create_appointment', {
        calendarId: 'calDental0000000001',
        contactId: other.id,
        startTime,
        ignoreFreeSlotValidation: 'true',
      });
    const [soonest] = await find('find_contact_appointments', { contactId: other.id });
    expect(String(soonest!.startTime)).toMatch(/^2026-12-16T/);
    expect(soonest!.matches).toHaveLength(2);
    await expect(
      find('find_contact_appointments', { contactId: other.id, appointmentStatus: 'cancelled' }),
    ).resolves.toEqual([]);
  });
});
