import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectWithZapierCli } from '../../sandbox/connectCli';
import { sandboxEnv, writeEnvFile } from '../../sandbox/localEnv';
import { SANDBOX_LOCATION_ID, type Sandbox, startSandbox } from '../../sandbox/server';
import { submitForm } from '../../sandbox/routes/forms';
import type { Json } from '../../sandbox/store';
import { ZAPIER_CLI, cliAppFolder, invoke } from '../support/zapierCli';

// Each CLI command is a fresh Node process running the built app.
jest.setTimeout(240_000);

/**
 * The Zap the app exists for, run step by step by Zapier's own CLI (`zapier-platform invoke`,
 * which prepares inputs as Zapier's production does) against the sandbox, on a ZA location:
 * SMS from a gateway → Find or Create Contact by phone → Add Tags → Create Contact Task →
 * Create Contact Note → Log Inbound SMS.
 */
describe('the SMS Zap through zapier-platform invoke', () => {
  const app = cliAppFolder();
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: true });
    writeEnvFile(app.envFile, sandboxEnv(sandbox));
    await connectWithZapierCli(app.dir, ZAPIER_CLI);
  });
  // The SMS gateway's media host: a photo a lead texted, served on loopback.
  const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
  let media: Server;
  let mediaUrl: string;
  beforeAll(async () => {
    media = createServer((req, res) => {
      if (req.url === '/winsms/mms/4711.jpg') res.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(photo);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
    mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}/winsms/mms/4711.jpg`;
  });
  afterAll(async () => {
    await sandbox?.close();
    await new Promise<void>((resolve) => media?.close(() => resolve()));
    app.remove();
  });
  const state = () => sandbox.locations.get(SANDBOX_LOCATION_ID)!;

  /** What Zapier's Find or Create does: the search, and the create only when it finds nothing. */
  const findOrCreate = async (phone: string) => {
    const found = (await invoke(app.dir, 'search', 'find_contact', { phone })) as Array<{ id: string }>;
    return (
      found[0] ??
      ((await invoke(app.dir, 'create', 'create_contact', {
        phone,
        firstName: 'Thandi',
        lastName: 'Mokoena',
        source: 'SMS (WinSMS)',
      })) as { id: string })
    );
  };

  it('keeps one contact for an SMS sender however the gateway writes the number, with every note and message', async () => {
    const deliveries = [
      { from: '27821234567', text: 'Hi, how much is whitening?', at: '2026-12-01T08:00:00Z', id: 'winsms-1001' },
      { from: '+27 82 123 4567', text: 'Can I come on Monday?', at: '2026-12-01T08:05:00Z', id: 'winsms-1002' },
      { from: '082 123 4567', text: 'Thanks!', at: '2026-12-01T08:10:00Z', id: 'winsms-1003' },
    ];
    for (const sms of deliveries) {
      const contact = await findOrCreate(sms.from);
      await invoke(app.dir, 'create', 'add_contact_tags', { contactId: contact.id, tags: 'sms-lead' });
      await invoke(
        app.dir,
        'create',
        'create_contact_task',
        { contactId: contact.id, title: 'Reply to SMS', dueDate: '2026-12-07 09:30' },
        ['--timezone', 'America/Chicago'],
      );
      await invoke(app.dir, 'create', 'create_contact_note', {
        contactId: contact.id,
        body: `SMS from ${sms.from}: ${sms.text}`,
      });
      await invoke(app.dir, 'create', 'add_inbound_message', {
        contactId: contact.id,
        message: sms.text,
        date: sms.at,
        altId: sms.id,
      });
    }

    const contacts = [...state().contacts.values()];
    expect(contacts.map((c) => c.phone)).toEqual(['+27821234567']);
    const [contact] = contacts as [Json];
    expect(contact.tags).toEqual(['sms-lead']);
    expect([...state().notes.values()].filter((n) => n.contactId === contact.id)).toHaveLength(3);
    const conversations = [...state().conversations.values()].filter((c) => c.contactId === contact.id);
    expect(conversations).toHaveLength(1);
    const messages = [...state().messages.values()].filter((m) => m.conversationId === conversations[0]!.id);
    expect(messages.map((m) => m.message)).toEqual(deliveries.map((d) => d.text));
    // The task's due date was written without an offset: Zapier read it in the Zap's time zone (Chicago, UTC-6).
    expect([...state().tasks.values()].map((t) => t.dueDate)).toEqual(Array(3).fill('2026-12-07T15:30:00.000Z'));
  });

  it("books an appointment at the practice's own time, whatever the Zap's time zone", async () => {
    const contact = await findOrCreate('+27 82 555 0143');
    const booked = (await invoke(
      app.dir,
      'create',
      'create_appointment',
      { calendarId: 'calDental0000000001', contactId: contact.id, startTime: '2026-12-07 09:30' },
      ['--timezone', 'America/Chicago'],
    )) as { id: string };
    expect(state().appointments.get(booked.id)).toMatchObject({ startTime: '2026-12-07T09:30:00+02:00' });
  });

  it('refuses a number no reading makes possible, naming it and the country, before anything is sent', async () => {
    const before = state().contacts.size;
    await expect(
      invoke(app.dir, 'create', 'create_contact', { firstName: 'X', phone: '082 1234 5678 90' }),
    ).rejects.toThrow(/\\"082 1234 5678 90\\" is not one read as a number of ZA or with a country code of its own/);
    expect(state().contacts.size).toBe(before);
  });

  it('the lead pattern: known number -> Find or Create Contact updates the name -> Find Contact Tasks -> a task when none is open -> Find Free Slots -> an appointment in the first slot -> Find or Create Opportunity', async () => {
    type Row = Record<string, unknown> & { id: string };
    const search = async (key: string, input: Record<string, unknown>) =>
      (await invoke(app.dir, 'search', key, input)) as Row[];
    const create = async (key: string, input: Record<string, unknown>) =>
      (await invoke(app.dir, 'create', key, input)) as Row;
    const known = await create('create_contact', { phone: '+27 83 444 5566', firstName: 'Unknown' });

    // Find or Create Contact, found: its update refreshes the name in the same step.
    const [found] = await search('find_contact', { phone: '27834445566' });
    expect(found!.id).toBe(known.id);
    await create('update_contact', { contactId: found!.id, firstName: 'Lerato', lastName: 'Khumalo' });
    await expect(search('find_contact', { contactId: known.id })).resolves.toEqual([
      expect.objectContaining({ firstName: 'Lerato', lastName: 'Khumalo' }),
    ]);

    // Find Contact Tasks (open): none, so the Zap creates one; the next SMS finds it.
    await expect(search('find_contact_tasks', { contactId: known.id, status: 'open' })).resolves.toEqual([]);
    const task = await create('create_contact_task', {
      contactId: known.id,
      title: 'Call back Lerato',
      dueDate: '2026-12-08T09:00:00Z',
    });
    await expect(search('find_contact_tasks', { contactId: known.id, status: 'open' })).resolves.toEqual([
      expect.objectContaining({ id: task.id }),
    ]);

    // Find Free Slots, then Create Appointment in the first free slot.
    const calendarId = 'calDental0000000001';
    const [firstDay] = await search('find_free_slots', { calendarId });
    const slot = (firstDay!.slots as string[])[0]!;
    const booked = await create('create_appointment', { calendarId, contactId: known.id, startTime: slot });
    await expect(search('find_contact_appointments', { contactId: known.id })).resolves.toEqual([
      expect.objectContaining({ id: booked.id }),
    ]);
    const [sameDay] = await search('find_free_slots', { calendarId });
    expect(sameDay!.slots).not.toContain(slot);

    // Find or Create Opportunity: the contact's open deal in the pipeline, created once, then found.
    const pipelineId = String(state().pipelines[0]!.id);
    const deal = { contact_id: known.id, pipeline_id: pipelineId, status: 'open' };
    await expect(search('find_opportunities', deal)).resolves.toEqual([]);
    const opportunity = await create('create_opportunity', {
      contactId: known.id,
      pipelineId,
      name: 'Lerato Khumalo - Consultation',
      status: 'open',
    });
    await expect(search('find_opportunities', deal)).resolves.toEqual([
      expect.objectContaining({ id: opportunity.id }),
    ]);
  });

  it('MMS in and out, STOP honoured: the opted-out contact’s next send is halted, and START lets it through', async () => {
    const contact = await findOrCreate('+27 82 909 1234');
    const messagesOf = () =>
      [...state().messages.values()].filter((m) => m.contactId === contact.id).map((m) => m as Json);
    const mediaBytes = (link: unknown) => {
      const [, , id] = new URL(String(link)).pathname.split('/').slice(1);
      return state().media.get(String(id))?.bytes;
    };

    // The gateway's MMS is logged with its photo, copied into HighLevel.
    await invoke(app.dir, 'create', 'add_inbound_message', {
      contactId: contact.id,
      message: 'Is this chip bad?',
      altId: 'winsms-4711',
      attachments: [mediaUrl],
    });
    const [inbound] = messagesOf();
    expect(inbound!.attachments).toEqual([expect.stringContaining('/4711.jpg')]);
    expect(mediaBytes((inbound!.attachments as string[])[0])).toEqual(photo);

    // A reply with the photo back, from the location's MMS number.
    const sentMms = (await invoke(app.dir, 'create', 'send_message', {
      contactId: contact.id,
      type: 'SMS',
      message: 'We can fix that on Monday',
      attachments: [mediaUrl],
      fromNumber: '021 555 0100',
    })) as { id: string };
    expect(state().messages.get(sentMms.id)).toMatchObject({ fromNumber: '+27215550100', direction: 'outbound' });
    expect(mediaBytes((state().messages.get(sentMms.id)!.attachments as string[])[0])).toEqual(photo);

    // The message read hands the photo on as a file a later step can save.
    const [read] = (await invoke(app.dir, 'search', 'find_message', { id: sentMms.id })) as Array<Json>;
    expect(read!.attachmentFiles).toEqual([expect.stringMatching(/^hydrate\|\|\|.*downloadMedia/)]);

    // A scheduled reminder, cancelled.
    const reminder = (await invoke(app.dir, 'create', 'send_message', {
      contactId: contact.id,
      type: 'SMS',
      message: 'Reminder: Monday 09:30',
      scheduledTimestamp: '2030-12-02 08:00',
    })) as { id: string };
    expect(state().messages.get(reminder.id)).toMatchObject({
      status: 'scheduled',
      // 08:00 at the practice (Johannesburg, UTC+2).
      scheduledTimestamp: Date.parse('2030-12-02T06:00:00Z') / 1000,
    });
    await invoke(app.dir, 'create', 'cancel_scheduled_message', { messageId: reminder.id });
    expect(state().messages.has(reminder.id)).toBe(false);

    // STOP: SMS Do Not Disturb on; the next send stops the step without an error alert.
    await invoke(app.dir, 'create', 'add_inbound_message', {
      contactId: contact.id,
      message: 'Stop!',
      altId: 'winsms-4712',
    });
    expect(state().contacts.get(contact.id)!.dndSettings).toMatchObject({ SMS: { status: 'active' } });
    const before = messagesOf().length;
    await expect(
      invoke(app.dir, 'create', 'send_message', { contactId: contact.id, type: 'SMS', message: 'Still there?' }),
      // The CLI prints the message only; that it is Zapier's HaltedError the unit rows show.
    ).rejects.toThrow(/Not sent: the contact opted out of SMS \(Do Not Disturb is on for SMS/);
    expect(messagesOf()).toHaveLength(before);

    // START: back in, and the send goes through.
    await invoke(app.dir, 'create', 'add_inbound_message', {
      contactId: contact.id,
      message: 'START',
      altId: 'winsms-4713',
    });
    await expect(
      invoke(app.dir, 'create', 'send_message', { contactId: contact.id, type: 'SMS', message: 'Welcome back' }),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('a contact\'s "Lead Source" shows by name in New Contact and Find Contact', async () => {
    await invoke(app.dir, 'create', 'create_contact', {
      phone: '+27 82 606 1234',
      firstName: 'Ayanda',
      customField__cfLeadSource00000001: 'WinSMS keyword SMILE',
      customField__cfVisits000000000001: '2',
    });
    const polled = (await invoke(app.dir, 'trigger', 'new_contact')) as Array<Json>;
    expect(polled.find((c) => c.firstName === 'Ayanda')).toMatchObject({
      custom__lead_source: 'WinSMS keyword SMILE',
      custom__visits: 2,
    });
    const [found] = (await invoke(app.dir, 'search', 'find_contact', { phone: '0826061234' })) as Array<Json>;
    expect(found).toMatchObject({ custom__lead_source: 'WinSMS keyword SMILE', custom__visits: 2 });
  });

  it('a form submission fires New Form Submission with "Lead Source" by name, and the next step finds its contact', async () => {
    const submitted = submitForm(state(), Date.now, 'form', {
      of: 'frmWhitening00000001',
      answers: {
        full_name: 'Lerato Khumalo',
        email: 'lerato@example.com',
        phone: '082 707 1234',
        cfLeadSource00000001: 'Instagram ad',
      },
      page: { url: 'https://smile.example.com/whitening', title: 'Teeth Whitening' },
    });
    const polled = (await invoke(app.dir, 'trigger', 'new_form_submission', {
      formId: 'frmWhitening00000001',
    })) as Array<Json>;
    expect(polled[0]).toMatchObject({
      id: submitted.id,
      pageUrl: 'https://smile.example.com/whitening',
      custom__lead_source: 'Instagram ad',
    });
    const [contact] = (await invoke(app.dir, 'search', 'find_contact', {
      contactId: polled[0]!.contactId,
    })) as Array<Json>;
    expect(contact).toMatchObject({ email: 'lerato@example.com', custom__lead_source: 'Instagram ad' });
    const [found] = (await invoke(app.dir, 'search', 'find_form_submission', {
      q: 'lerato@example.com',
    })) as Array<Json>;
    expect(found).toMatchObject({ id: submitted.id, contactId: contact!.id });
  });

  it('a custom-object record created with its fields by name, found, and updated keeping the rest', async () => {
    const schemaKey = 'custom_objects.treatment_plans';
    const plan = (await invoke(app.dir, 'create', 'create_custom_object_record', {
      schemaKey,
      property__TEXT__plan_name: 'Whitening for Lerato',
      property__NUMERICAL__sessions: '3',
      property__MONETORY__fee: '1499',
    })) as Json;
    expect(plan).toMatchObject({ properties: { plan_name: 'Whitening for Lerato', sessions: 3 } });
    const [found] = (await invoke(app.dir, 'search', 'find_custom_object_record', {
      schemaKey,
      query: 'lerato',
    })) as Array<Json>;
    expect(found).toMatchObject({ id: plan.id, properties: { fee: { currency: 'default', value: 1499 } } });
    await invoke(app.dir, 'create', 'update_custom_object_record', {
      schemaKey,
      id: plan.id,
      property__NUMERICAL__sessions: '4',
    });
    expect(state().objectRecords.get(String(plan.id))!.properties).toEqual({
      plan_name: 'Whitening for Lerato',
      sessions: 4,
      fee: { currency: 'default', value: 1499 },
    });
  });

  it('a custom value found by name and updated, keeping its name', async () => {
    const [promo] = (await invoke(app.dir, 'search', 'find_custom_value', { name: 'current promo' })) as Array<Json>;
    await invoke(app.dir, 'create', 'update_custom_value', { id: promo!.id, value: 'Free check-up in December' });
    expect(state().customValues.find((v) => v.id === promo!.id)).toMatchObject({
      name: 'Current Promo',
      value: 'Free check-up in December',
    });
  });

  it('an opportunity\'s "Deal Size" written, and read back by name', async () => {
    const contact = await findOrCreate('+27 82 616 1234');
    const pipelineId = String(state().pipelines[0]!.id);
    const deal = (await invoke(app.dir, 'create', 'create_opportunity', {
      contactId: contact.id,
      pipelineId,
      name: 'Implants',
      status: 'open',
      customField__cfDealSize0000000001: '12500',
    })) as Json;
    expect(deal).toMatchObject({ custom__deal_size: 12500 });
    const [found] = (await invoke(app.dir, 'search', 'find_opportunity', { id: deal.id })) as Array<Json>;
    expect(found).toMatchObject({ custom__deal_size: 12500 });
  });
});
