import { type KeyObject, createSign, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HookStandIn, startHookStandIn } from '../../connect/hookStandIn';
import { type LocalRelay, startLocalRelay } from '../../connect/localRelay';
import { signRelayRequest } from '../../src/relay/protocol';
import { startRelay } from '../../relay/server';
import { openSqliteStore } from '../../relay/sqliteStore';
import { silentLog } from '../../relay/log';
import { postgresForTests } from '../support/postgresForTests';
import { STORE_KINDS, type TestStore, testStore } from '../support/relayStores';

/**
 * The relay's contract with GHL (signed events, kept before the 200, each delivered once) and
 * with the app (signed subscription requests, hook URLs only on allowed hosts), over loopback.
 */
const LOCATION_A = 'locA0000000000000001';
const LOCATION_B = 'locB0000000000000002';

let hooks: HookStandIn;
let relay: LocalRelay;
const postgres = postgresForTests();
const logs: string[] = [];

describe.each(STORE_KINDS)('on %s', (_name, kind) => {
  let store: TestStore;
  beforeEach(async () => {
    hooks = await startHookStandIn();
    logs.splice(0);
    store = await testStore(kind, postgres);
    relay = await startLocalRelay({
      allowedHookHosts: [hooks.url],
      log: (message, fields) => void logs.push(JSON.stringify({ message, ...fields })),
      openStore: store.open,
    });
  });
  afterEach(async () => {
    await relay.close();
    await hooks.close();
    await store.remove();
  });

  const event = (fields: Record<string, unknown> = {}) => ({
    type: 'ContactCreate',
    locationId: LOCATION_A,
    id: `con${randomUUID().slice(0, 8)}`,
    firstName: 'Thandi',
    phone: '+27825550143',
    webhookId: randomUUID(),
    timestamp: new Date().toISOString(),
    ...fields,
  });

  const postEvent = (body: unknown, headers: Record<string, string>) =>
    fetch(`${relay.url}/webhooks/ghl`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  const ed25519 = (raw: string, key: KeyObject = relay.ghlSigningKey) => ({
    'x-ghl-signature': sign(null, Buffer.from(raw), key).toString('base64'),
  });

  const sendSigned = (body: unknown) => {
    const raw = JSON.stringify(body);
    return postEvent(raw, ed25519(raw));
  };

  const appRequest = (method: 'POST' | 'DELETE', path: string, body: string, secret = relay.secret, now = Date.now()) =>
    fetch(`${relay.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...signRelayRequest(secret, method, path, body, now) },
      ...(body ? { body } : {}),
    });

  const subscribe = async (zap: string, fields: Record<string, unknown> = {}) => {
    const response = await appRequest(
      'POST',
      '/subscriptions',
      JSON.stringify({
        hookUrl: hooks.hookUrl(zap),
        locationId: LOCATION_A,
        eventType: 'ContactCreate',
        filters: {},
        ...fields,
      }),
    );
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };

  const metricsText = async () => (await fetch(`${relay.url}/metrics`)).text();

  const pending = async () =>
    ((await (await fetch(`${relay.url}/readyz`)).json()) as { pendingDeliveries: number }).pendingDeliveries;

  describe('events from GHL', () => {
    it('delivers a signed event to the subscribed Zap, with its delivery ID', async () => {
      await subscribe('zapA');
      const sent = event();
      expect((await sendSigned(sent)).status).toBe(200);
      const [call] = await hooks.waitFor(1);
      expect(call!.body).toMatchObject({ id: sent.id, webhookId: sent.webhookId, type: 'ContactCreate' });
      expect(call!.deliveryId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('takes the older RSA signature (x-wh-signature) when there is no Ed25519 one', async () => {
      const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const own = await startRelay({
        store: await openSqliteStore(':memory:'),
        secret: relay.secret,
        keys: { ed25519: generateKeyPairSync('ed25519').publicKey, rsa: rsa.publicKey },
        allowedHookHosts: [hooks.url],
        log: silentLog,
      });
      try {
        const raw = JSON.stringify(event());
        const signature = createSign('SHA256').update(raw).sign(rsa.privateKey, 'base64');
        const answer = await fetch(`${own.url}/webhooks/ghl`, {
          method: 'POST',
          headers: { 'x-wh-signature': signature },
          body: raw,
        });
        expect(answer.status).toBe(200);
        const forged = await fetch(`${own.url}/webhooks/ghl`, {
          method: 'POST',
          headers: { 'x-wh-signature': signature },
          body: `${raw} `,
        });
        expect(forged.status).toBe(401);
      } finally {
        await own.close();
      }
    });

    it('refuses a missing or wrong signature with 401 and keeps nothing', async () => {
      await subscribe('zapA');
      const raw = JSON.stringify(event());
      expect((await postEvent(raw, {})).status).toBe(401);
      expect((await postEvent(raw, ed25519(raw, generateKeyPairSync('ed25519').privateKey))).status).toBe(401);
      expect((await postEvent(`${raw.slice(0, -1)},"firstName":"Eve"}`, ed25519(raw))).status).toBe(401);
      expect(await pending()).toBe(0);
      await new Promise((r) => setTimeout(r, 200));
      expect(hooks.calls).toHaveLength(0);
    });

    it("takes GHL's re-sends with their original timestamps once each, and refuses one older than the IDs are kept", async () => {
      await subscribe('zapA');
      const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
      // After an outage GHL re-sends what got no 2xx, about 10 minutes apart, each with its first timestamp.
      const resends = [event({ timestamp: ago(20) }), event({ timestamp: ago(65) })];
      for (const resent of resends) expect((await sendSigned(resent)).status).toBe(200);
      for (const resent of resends) expect(await (await sendSigned(resent)).json()).toMatchObject({ duplicate: true });
      expect((await sendSigned(event({ timestamp: ago(30 * 24 * 60) }))).status).toBe(400);
      expect((await sendSigned(event({ timestamp: new Date(Date.now() + 10 * 60_000).toISOString() }))).status).toBe(
        400,
      );
      await hooks.waitFor(2);
      await new Promise((r) => setTimeout(r, 200));
      expect(hooks.calls.map((c) => c.body.webhookId).sort()).toEqual(resends.map((e) => e.webhookId).sort());
    });

    it('takes events arriving together in one commit, each answered for itself, a repeat among them once', async () => {
      await subscribe('zapA');
      const events = Array.from({ length: 20 }, () => event());
      const burst = [...events, events[0]!];
      const answers = await Promise.all(
        burst.map(async (e) => (await (await sendSigned(e)).json()) as { duplicate: boolean }),
      );
      expect(answers.filter((a) => a.duplicate === true)).toHaveLength(1);
      expect(answers.filter((a) => a.duplicate === false)).toHaveLength(20);
      await hooks.waitFor(20);
      await new Promise((r) => setTimeout(r, 200));
      expect(hooks.calls.map((c) => c.body.webhookId).sort()).toEqual(events.map((e) => e.webhookId).sort());
    });

    it('answers a repeated webhookId without delivering it again', async () => {
      await subscribe('zapA');
      const once = event();
      expect((await sendSigned(once)).status).toBe(200);
      const again = await sendSigned(once);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ duplicate: true });
      await hooks.waitFor(1);
      await new Promise((r) => setTimeout(r, 200));
      expect(hooks.calls.map((c) => c.body.webhookId)).toEqual([once.webhookId]);
    });

    it('keeps retrying a hook URL that is down, with backoff, and delivers once it is up', async () => {
      await subscribe('zapA');
      hooks.answerAll(503);
      await sendSigned(event());
      await new Promise((r) => setTimeout(r, 300));
      expect(hooks.calls).toHaveLength(0);
      expect(await pending()).toBe(1);
      hooks.answerAll(200);
      await hooks.waitFor(1);
      // The delivery is recorded once the hook's answer is back.
      for (let i = 0; i < 40 && (await pending()) > 0; i += 1) await new Promise((r) => setTimeout(r, 25));
      expect(await pending()).toBe(0);
    });

    it('removes a subscription whose hook answers 410 Gone (the Zap was turned off)', async () => {
      const id = await subscribe('zapGone');
      hooks.answer(hooks.hookUrl('zapGone'), 410);
      await sendSigned(event());
      for (let i = 0; i < 50 && (await pending()) > 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      hooks.answer(hooks.hookUrl('zapGone'), 200);
      await sendSigned(event());
      await new Promise((r) => setTimeout(r, 300));
      expect(hooks.calls).toHaveLength(0);
      // The subscription is gone: unsubscribing finds nothing.
      expect(await (await appRequest('DELETE', `/subscriptions/${id}`, '')).json()).toEqual({ removed: false });
    });

    it('keeps delivering to other Zaps while one hook is slow to answer', async () => {
      await subscribe('zapSlow');
      await subscribe('zapFast', { locationId: LOCATION_B });
      hooks.slow(hooks.hookUrl('zapSlow'), 1500);
      await sendSigned(event());
      await new Promise((r) => setTimeout(r, 100));
      const sentAt = Date.now();
      await sendSigned(event({ locationId: LOCATION_B }));
      await hooks.waitFor(1);
      expect(hooks.callsTo('zapFast')).toHaveLength(1);
      expect(Date.now() - sentAt).toBeLessThan(1000);
      await hooks.waitFor(2);
    });

    it("removes a location's subscriptions on UNINSTALL", async () => {
      await subscribe('zapA');
      await sendSigned({
        type: 'UNINSTALL',
        locationId: LOCATION_A,
        appId: 'app',
        webhookId: randomUUID(),
        timestamp: new Date().toISOString(),
      });
      await sendSigned(event());
      await new Promise((r) => setTimeout(r, 300));
      expect(hooks.calls).toHaveLength(0);
    });

    it("never delivers location B's event to location A's Zap, and applies each Zap's filters", async () => {
      await subscribe('zapA');
      await subscribe('zapB', { locationId: LOCATION_B });
      await subscribe('zapTagged', { eventType: 'ContactTagUpdate', filters: { tags: 'VIP' } });
      await sendSigned(event({ locationId: LOCATION_B }));
      await sendSigned(event({ type: 'ContactTagUpdate', tags: ['sms-lead'] }));
      await sendSigned(event({ type: 'ContactTagUpdate', tags: ['sms-lead', 'vip'] }));
      await hooks.waitFor(2);
      await new Promise((r) => setTimeout(r, 200));
      expect(hooks.callsTo('zapA')).toHaveLength(0);
      expect(hooks.callsTo('zapB').map((c) => c.body.locationId)).toEqual([LOCATION_B]);
      expect(hooks.callsTo('zapTagged').map((c) => c.body.tags)).toEqual([['sms-lead', 'vip']]);
    });
  });

  // A file capped at 128 KiB (RELAY_SQLITE_MAX_MB) fails a write past it as a full disk does.
  (kind === 'sqlite' ? describe : describe.skip)('when its disk is full', () => {
    it('answers 503 and keeps nothing of the event, and takes it again once space is freed', async () => {
      await relay.close();
      relay = await startLocalRelay({
        allowedHookHosts: [hooks.url],
        openStore: () =>
          openSqliteStore(join(mkdtempSync(join(tmpdir(), 'relay-full-')), 'relay.sqlite'), { maxBytes: 128 * 1024 }),
      });
      await subscribe('zapA');
      // The hook is down, so every body is kept while its delivery is owed.
      hooks.answerAll(503);
      const acknowledged: string[] = [];
      let refused: ReturnType<typeof event> | undefined;
      for (let i = 0; i < 40 && !refused; i += 1) {
        const next = event({ notes: 'x'.repeat(16 * 1024) });
        const { status } = await sendSigned(next);
        if (status === 200) acknowledged.push(next.webhookId);
        else if (status === 503) refused = next;
        else throw new Error(`answered ${status}`);
      }
      expect(refused).toBeDefined();
      expect(acknowledged.length).toBeGreaterThan(0);
      // Nothing half-written: a delivery for each acknowledged event, none for the refused one.
      expect(await pending()).toBe(acknowledged.length);
      hooks.answerAll(200);
      await hooks.waitFor(acknowledged.length);
      for (let i = 0; i < 40 && (await pending()) > 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      // Delivered bodies are dropped: the space they took holds GHL's re-send.
      const resent = await sendSigned(refused);
      expect(resent.status).toBe(200);
      expect(await resent.json()).toMatchObject({ duplicate: false });
      await hooks.waitFor(acknowledged.length + 1);
      expect(new Set(hooks.calls.map((c) => c.body.webhookId))).toEqual(new Set([...acknowledged, refused!.webhookId]));
    });
  });

  it('counts events by result, deliveries by outcome, the pending ones and their latency at /metrics', async () => {
    await subscribe('zapA');
    const once = event();
    await sendSigned(once);
    await sendSigned(once);
    await sendSigned(event({ timestamp: new Date(Date.now() - 8 * 24 * 60 * 60_000).toISOString() }));
    await postEvent(event(), { 'x-ghl-signature': 'bm90IGEgc2lnbmF0dXJl' });
    await hooks.waitFor(1);
    hooks.answerAll(503);
    await sendSigned(event());
    for (let i = 0; i < 40 && !/relay_deliveries_total\{outcome="retried"\} [1-9]/.test(await metricsText()); i += 1)
      await new Promise((r) => setTimeout(r, 25));
    const text = await metricsText();
    const value = (series: string) =>
      Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('relay_events_total{result="accepted"}')).toBe(2);
    expect(value('relay_events_total{result="duplicate"}')).toBe(1);
    expect(value('relay_events_total{result="outside_window"}')).toBe(1);
    expect(value('relay_events_total{result="bad_signature"}')).toBe(1);
    expect(value('relay_deliveries_total{outcome="delivered"}')).toBe(1);
    expect(value('relay_deliveries_total{outcome="retried"}')).toBeGreaterThanOrEqual(1);
    expect(value('relay_deliveries_pending')).toBe(1);
    expect(value('relay_delivery_seconds_count')).toBe(1);
    expect(value('relay_database_errors_total')).toBe(0);
  });

  it("logs IDs, types and hosts, never a payload's personal data, a hook URL's path or a secret", async () => {
    await subscribe('zapSecretPath');
    await sendSigned(event());
    await hooks.waitFor(1);
    // A retry is logged too.
    hooks.answerAll(503);
    await sendSigned(event());
    await new Promise((r) => setTimeout(r, 150));
    const said = logs.join('\n');
    expect(said).toMatch(/event accepted/);
    expect(said).toMatch(/will be retried/);
    for (const secret of ['Thandi', '+27825550143', 'zapSecretPath', relay.secret]) expect(said).not.toContain(secret);
  });

  describe('subscription requests from the app', () => {
    const body = () =>
      JSON.stringify({
        hookUrl: hooks.hookUrl('zapA'),
        locationId: LOCATION_A,
        eventType: 'ContactCreate',
        filters: {},
      });

    it('refuses an unsigned, a wrongly signed, a stale and a replayed request', async () => {
      const unsigned = await fetch(`${relay.url}/subscriptions`, { method: 'POST', body: body() });
      expect(unsigned.status).toBe(401);
      expect((await appRequest('POST', '/subscriptions', body(), 'not-the-secret')).status).toBe(401);
      expect((await appRequest('POST', '/subscriptions', body(), relay.secret, Date.now() - 10 * 60_000)).status).toBe(
        401,
      );
      const raw = body();
      const headers = {
        'content-type': 'application/json',
        ...signRelayRequest(relay.secret, 'POST', '/subscriptions', raw),
      };
      expect((await fetch(`${relay.url}/subscriptions`, { method: 'POST', headers, body: raw })).status).toBe(201);
      const replayed = await fetch(`${relay.url}/subscriptions`, { method: 'POST', headers, body: raw });
      expect(replayed.status).toBe(401);
      // A signature covers the path and the method too: the same headers cannot delete anything.
      const elsewhere = await fetch(`${relay.url}/subscriptions/x`, { method: 'DELETE', headers });
      expect(elsewhere.status).toBe(401);
    });

    it('refuses a hook URL off the allowed hosts, so the relay reaches nothing else', async () => {
      for (const hookUrl of [
        'http://169.254.169.254/latest/meta-data/',
        'https://example.com/hook',
        `${hooks.url.replace('127.0.0.1', 'localhost')}/x`,
        'http://user:pw@127.0.0.1/x',
      ]) {
        const answer = await appRequest(
          'POST',
          '/subscriptions',
          JSON.stringify({ hookUrl, locationId: LOCATION_A, eventType: 'ContactCreate' }),
        );
        expect({ hookUrl, status: answer.status }).toEqual({ hookUrl, status: 400 });
      }
    });
  });
});
