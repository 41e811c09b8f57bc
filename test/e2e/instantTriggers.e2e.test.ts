import { generateKeyPairSync } from 'node:crypto';
import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import { type HookStandIn, startHookStandIn } from '../../connect/hookStandIn';
import { type LocalRelay, startLocalRelay } from '../../connect/localRelay';
import { webhookProblems } from '../../contract/webhookSchemas';
import { specOf } from '../../src/operations/define';
import type { OperationSpec } from '../../src/operations/spec';
import type { Json } from '../../sandbox/store';
import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { SANDBOX_CONVERSATION_PROVIDER_ID } from '../../sandbox/routes/conversations';
import { inputsWithRecords, seededIds } from '../support/recordInputs';
import { type ConnectedApp, connectedApp } from './sandboxApp';

/**
 * Instant triggers end to end: the sandbox emits GHL's signed webhooks as its records change, the
 * relay delivers them to a loopback stand-in for Zapier's hook host, and the app's own
 * performSubscribe, perform and performUnsubscribe do the rest, as Zapier calls them.
 */
let hooks: HookStandIn;
let relay: LocalRelay;
let app: ConnectedApp;

beforeEach(async () => {
  const ghl = generateKeyPairSync('ed25519');
  hooks = await startHookStandIn();
  relay = await startLocalRelay({ allowedHookHosts: [hooks.url], ghlSigningKey: ghl.privateKey });
  app = await connectedApp({ webhookUrl: `${relay.url}/webhooks/ghl`, webhookSigningKey: ghl.privateKey });
  process.env.RELAY_URL = relay.url;
  process.env.RELAY_SECRET = relay.secret;
});
afterEach(async () => {
  // Every webhook the sandbox sent holds to the payload schema in GHL's docs.
  expect(hooks.calls.flatMap((call) => webhookProblems(call.body))).toEqual([]);
  await app.stop();
  await relay.close();
  await hooks.close();
});

type Operation = { operation: Record<string, unknown> };
const trigger = (key: string) => (App.triggers as unknown as Record<string, Operation>)[key]!.operation;
const call = (key: string, fn: string, bundle: Record<string, unknown>) =>
  app.appTester(trigger(key)[fn] as never, { authData: app.authData, inputData: {}, ...bundle } as unknown as Bundle);

const state = () => app.sandbox.locations.get(SANDBOX_LOCATION_ID)!;
const inputsFor = (action: string, overrides: Record<string, unknown> = {}) => ({
  ...inputsWithRecords(specOf((App.creates as Record<string, object>)[action]!) as OperationSpec, seededIds(state())),
  ...overrides,
});

/** Subscribes the trigger for one Zap, runs the action, and turns the hook's delivery into the row. */
const instantRow = async (key: string, filters: Record<string, unknown>, act: () => Promise<unknown>) => {
  const subscription = (await call(key, 'performSubscribe', { inputData: filters, targetUrl: hooks.hookUrl(key) })) as {
    id: string;
  };
  expect(subscription.id).toEqual(expect.any(String));
  await act();
  await app.sandbox.webhooks!.settled();
  const [delivered] = await hooks.waitFor(1);
  const rows = (await call(key, 'perform', { inputData: filters, cleanedRequest: delivered!.body })) as Json[];
  expect(await call(key, 'performUnsubscribe', { subscribeData: subscription })).toEqual({ removed: true });
  return rows;
};

/** A contact made before any subscription, so its own ContactCreate reaches no Zap. */
const aContact = async () => String((await app.run('creates', 'create_contact', inputsFor('create_contact'))).id);

describe('each instant trigger, from the change in HighLevel to its row', () => {
  it('Inbound Message Received: an SMS logged by Log Inbound SMS', async () => {
    const contactId = await aContact();
    const rows = await instantRow('new_inbound_message', { channel: 'SMS' }, () =>
      app.run(
        'creates',
        'add_inbound_message',
        inputsFor('add_inbound_message', { contactId, message: 'Is Saturday open?' }),
      ),
    );
    expect(rows).toEqual([
      expect.objectContaining({ id: expect.any(String), body: 'Is Saturday open?', messageType: 'SMS' }),
    ]);
  });

  it("Inbound Message Received: a custom provider's MMS, with its photo handed on as a file", async () => {
    const contactId = await aContact();
    // What a gateway connected to GHL as a custom conversation provider does: log the message itself.
    const ghl = (path: string, body: Json) =>
      fetch(`${app.sandbox.url}${path}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${String(app.authData.access_token)}`,
          Version: '2021-04-15',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<Json>);
    const { conversation } = await ghl('/conversations/', { locationId: SANDBOX_LOCATION_ID, contactId });
    const photo = 'https://storage.googleapis.com/msgsndr/media/chip.jpg';
    const rows = await instantRow('new_inbound_message', { channel: 'Custom' }, async () => {
      await ghl('/conversations/messages/inbound', {
        type: 'Custom',
        conversationId: (conversation as Json).id,
        contactId,
        conversationProviderId: SANDBOX_CONVERSATION_PROVIDER_ID,
        message: 'See the photo',
        attachments: [photo],
      });
    });
    expect(rows).toEqual([
      expect.objectContaining({ messageType: 'Custom', body: 'See the photo', attachments: [photo] }),
    ]);
    expect(rows[0]!.attachmentFiles).toEqual([expect.stringMatching(/^hydrate\|\|\|.*"url":"https:\/\/storage/)]);
  });

  it('Contact Created', async () => {
    const rows = await instantRow('new_contact_instant', {}, () =>
      app.run('creates', 'create_contact', inputsFor('create_contact', { firstName: 'Lerato' })),
    );
    expect(rows).toEqual([expect.objectContaining({ firstName: 'Lerato', locationId: SANDBOX_LOCATION_ID })]);
  });

  it('Contact Updated: one row per change, with the contact ID', async () => {
    const contactId = await aContact();
    const rows = await instantRow('contact_updated_instant', {}, () =>
      app.run('creates', 'update_contact', { contactId, lastName: 'Dlamini' }),
    );
    expect(rows).toEqual([
      expect.objectContaining({ contactId, lastName: 'Dlamini', id: expect.stringContaining(contactId) }),
    ]);
  });

  it('Tag Added to Contact: only the chosen tag', async () => {
    const contactId = await aContact();
    const rows = await instantRow('contact_tag_added', { tag: 'VIP' }, async () => {
      await app.run('creates', 'add_contact_tags', { contactId, tags: 'not-this-one' });
      await app.run('creates', 'add_contact_tags', { contactId, tags: 'vip' });
    });
    expect(rows).toEqual([expect.objectContaining({ contactId, tags: expect.arrayContaining(['vip']) })]);
    expect(hooks.calls).toHaveLength(1);
  });

  it('Tag Added to Contact: a tag as people name them, with spaces, capitals and punctuation', async () => {
    const contactId = await aContact();
    const rows = await instantRow('contact_tag_added', { tag: 'Facebook Ad - June' }, async () => {
      await app.run('creates', 'add_contact_tags', { contactId, tags: 'new lead' });
      await app.run('creates', 'add_contact_tags', { contactId, tags: 'Facebook Ad - June' });
    });
    expect(rows).toEqual([
      expect.objectContaining({
        contactId,
        tags: expect.arrayContaining([expect.stringMatching(/^facebook ad - june$/i)]),
      }),
    ]);
  });

  it('Opportunity Moved to Stage and Opportunity Status Changed', async () => {
    const pipeline = state().pipelines[0]!;
    const [firstStage, nextStage] = pipeline.stages as Json[];
    const opportunity = await app.run(
      'creates',
      'create_opportunity',
      inputsFor('create_opportunity', {
        contactId: await aContact(),
        pipelineId: pipeline.id,
        pipelineStageId: firstStage!.id,
        status: 'open',
      }),
    );
    const moved = await instantRow('opportunity_stage_changed_instant', { pipelineId: pipeline.id }, () =>
      app.run('creates', 'update_opportunity', {
        id: opportunity.id,
        pipelineId: pipeline.id,
        pipelineStageId: nextStage!.id,
      }),
    );
    expect(moved).toEqual([expect.objectContaining({ opportunityId: opportunity.id, pipelineStageId: nextStage!.id })]);
    hooks.calls.splice(0);
    const won = await instantRow('opportunity_status_changed', { status: 'won' }, () =>
      app.run('creates', 'update_opportunity_status', { id: opportunity.id, status: 'won' }),
    );
    expect(won).toEqual([expect.objectContaining({ opportunityId: opportunity.id, status: 'won' })]);
  });

  it('Appointment Booked: the appointment itself, on the chosen calendar', async () => {
    const inputs = inputsFor('create_appointment', { contactId: await aContact() });
    const rows = await instantRow('new_appointment', { calendarId: inputs.calendarId }, () =>
      app.run('creates', 'create_appointment', inputs),
    );
    expect(rows).toEqual([expect.objectContaining({ calendarId: inputs.calendarId, contactId: inputs.contactId })]);
  });

  it('Task Completed and Note Added to Contact', async () => {
    const contactId = await aContact();
    const task = await app.run(
      'creates',
      'create_contact_task',
      inputsFor('create_contact_task', { contactId, completed: 'false' }),
    );
    const done = await instantRow('task_completed', { contactId }, () =>
      app.run('creates', 'complete_contact_task', { contactId, taskId: task.id }),
    );
    expect(done).toEqual([expect.objectContaining({ taskId: task.id, contactId })]);
    // Reopened and completed again: a row of its own, so the Zap runs again.
    await app.run('creates', 'complete_contact_task', { contactId, taskId: task.id, completed: 'false' });
    hooks.calls.splice(0);
    const again = await instantRow('task_completed', { contactId }, () =>
      app.run('creates', 'complete_contact_task', { contactId, taskId: task.id }),
    );
    expect(again).toEqual([expect.objectContaining({ taskId: task.id, contactId })]);
    expect(again[0]!.id).not.toBe(done[0]!.id);
    hooks.calls.splice(0);
    const noted = await instantRow('new_note', {}, () =>
      app.run('creates', 'create_contact_note', { contactId, body: 'Prefers mornings.' }),
    );
    expect(noted).toEqual([expect.objectContaining({ contactId, body: 'Prefers mornings.' })]);
  });
});

describe('what Zapier asks of the triggers besides', () => {
  it('performList reads the same records through the polling endpoints, in the row shape', async () => {
    await aContact();
    const rows = (await call('new_contact_instant', 'performList', {})) as Json[];
    expect(rows.length).toBeGreaterThan(0);
    const keys = (trigger('new_contact_instant').outputFields as Array<{ key: string }>).map((f) => f.key);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(keys.filter((k) => !k.includes('['))));
  });

  it('samples a per-contact list from the newest contact when no contact is chosen', async () => {
    const contactId = await aContact();
    const task = await app.run(
      'creates',
      'create_contact_task',
      inputsFor('create_contact_task', { contactId, completed: 'true' }),
    );
    await app.run(
      'creates',
      'create_contact_task',
      inputsFor('create_contact_task', { contactId, completed: 'false' }),
    );
    const rows = (await call('task_completed', 'performList', {})) as Json[];
    expect(rows).toEqual([expect.objectContaining({ taskId: task.id, contactId })]);
  });

  it('drops a delivery for another location, should one ever arrive', async () => {
    const rows = await call('new_contact_instant', 'perform', {
      cleanedRequest: { type: 'ContactCreate', locationId: 'someOtherLocation', id: 'x' },
    });
    expect(rows).toEqual([]);
  });

  it('tells the app owner, not the user, when the relay is not set up', async () => {
    delete process.env.RELAY_SECRET;
    await expect(call('new_contact_instant', 'performSubscribe', { targetUrl: hooks.hookUrl('z') })).rejects.toThrow(
      /RELAY_SECRET environment variable/,
    );
  });

  it('sends INSTALL when a location connects and UNINSTALL when it is revoked', async () => {
    await fetch(`${app.sandbox.url}/__sandbox/revoke-tokens`, { method: 'POST' });
    await app.sandbox.webhooks!.settled();
    const types = app.sandbox.webhooks!.sent.map((s) => `${s.type} ${s.status}`);
    expect(types).toEqual(expect.arrayContaining(['INSTALL 200', 'UNINSTALL 200']));
  });
});
