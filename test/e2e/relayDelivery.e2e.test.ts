import { randomUUID, sign } from 'node:crypto';
import { type HookStandIn, startHookStandIn } from '../../connect/hookStandIn';
import { type LocalRelay, startLocalRelay } from '../../connect/localRelay';
import { signRelayRequest } from '../../src/relay/protocol';
import { DELIVERY_DEFAULTS } from '../../relay/delivery';
import { postgresForTests } from '../support/postgresForTests';
import { STORE_KINDS, type TestStore, testStore } from '../support/relayStores';

/**
 * Every delivery rule the README promises, on both stores, on a clock the test moves: doubling
 * backoff with jitter up to an hour, giving up after 26 hours or on another 4xx, an event's body
 * dropped once its last delivery is done, and finished deliveries purged after 7 days.
 */
const LOCATION = 'locRules000000000001';
const HOUR = 60 * 60_000;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const postgres = postgresForTests();

describe.each(STORE_KINDS)('on %s', (_name, kind) => {
  let store: TestStore;
  let hooks: HookStandIn;
  let relay: LocalRelay;
  let now: number;
  const clock = () => now;
  const start = () =>
    startLocalRelay({
      allowedHookHosts: [hooks.url],
      openStore: store.open,
      clock,
      ghlSigningKey: relay?.ghlSigningKey,
      // The rules as shipped; only the idle poll is quick, so moved time is noticed at once.
      delivery: { ...DELIVERY_DEFAULTS, pollMs: 20 },
    });
  beforeEach(async () => {
    now = Date.parse('2026-12-01T08:00:00.000Z');
    hooks = await startHookStandIn();
    store = await testStore(kind, postgres);
    relay = await start();
  });
  afterEach(async () => {
    await relay.close();
    await hooks.close();
    await store.remove();
  });

  const subscribe = async (zap: string) => {
    const body = JSON.stringify({ hookUrl: hooks.hookUrl(zap), locationId: LOCATION, eventType: 'ContactCreate' });
    const answer = await fetch(`${relay.url}/subscriptions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signRelayRequest(relay.secret, 'POST', '/subscriptions', body, now),
      },
      body,
    });
    expect(answer.status).toBe(201);
  };
  const send = async () => {
    const webhookId = randomUUID();
    const raw = JSON.stringify({
      type: 'ContactCreate',
      locationId: LOCATION,
      id: 'conRules0001',
      webhookId,
      timestamp: new Date(now).toISOString(),
    });
    const answer = await fetch(`${relay.url}/webhooks/ghl`, {
      method: 'POST',
      headers: { 'x-ghl-signature': sign(null, Buffer.from(raw), relay.ghlSigningKey).toString('base64') },
      body: raw,
    });
    expect(answer.status).toBe(200);
    return webhookId;
  };
  const deliveries = () =>
    store.query('SELECT state, attempts, next_at FROM deliveries ORDER BY created_at') as Promise<
      Array<{ state: string; attempts: number | bigint; next_at: number | bigint | string }>
    >;
  /** Waits until the worker has settled what is due: `check` holds, or 5 s pass. */
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 250 && !(await check()); i += 1) await pause(20);
    expect(await check()).toBe(true);
  };
  const attemptsAre = (n: number) => async () => Number((await deliveries())[0]?.attempts) === n;
  const stateIs = (state: string) => async () => (await deliveries())[0]?.state === state;
  const bodyOf = async (webhookId: string) =>
    (await store.query('SELECT body FROM events WHERE webhook_id = ?', [webhookId]))[0]?.body;

  it('retries with doubling backoff from 1 s, jittered within a fifth, capped at 1 h, and never before it is due', async () => {
    await subscribe('zapDown');
    hooks.answerAll(503);
    await send();
    for (let attempt = 0; attempt <= 12; attempt += 1) {
      await until(attemptsAre(attempt + 1));
      const [owed] = await deliveries();
      const wait = Number(owed!.next_at) - now;
      const plain = Math.min(HOUR, 1_000 * 2 ** attempt);
      expect(wait).toBeGreaterThanOrEqual(0.8 * plain);
      expect(wait).toBeLessThanOrEqual(1.2 * plain);
      if (attempt === 12) {
        // Not a moment early: a millisecond before it is due, nothing is tried.
        now = Number(owed!.next_at) - 1;
        await pause(150);
        expect(Number((await deliveries())[0]!.attempts)).toBe(13);
      }
      now = Number(owed!.next_at);
    }
    expect(hooks.calls).toHaveLength(0);
  });

  it('gives up after 26 hours of failures and drops the body', async () => {
    await subscribe('zapDown');
    hooks.answerAll(503);
    const webhookId = await send();
    await until(attemptsAre(1));
    expect(await bodyOf(webhookId)).toEqual(expect.any(String));
    now += 25 * HOUR;
    await until(attemptsAre(2));
    expect((await deliveries())[0]!.state).toBe('pending');
    now += HOUR;
    await until(stateIs('abandoned'));
    expect(await bodyOf(webhookId)).toBeNull();
    now += 2 * HOUR;
    await pause(150);
    expect(Number((await deliveries())[0]!.attempts)).toBe(2);
  });

  it('gives up at once on a 4xx other than 408, 410 and 429', async () => {
    await subscribe('zapRefuses');
    hooks.answerAll(400);
    const webhookId = await send();
    await until(stateIs('abandoned'));
    expect(await bodyOf(webhookId)).toBeNull();
    now += 2 * HOUR;
    await pause(150);
    expect(Number((await deliveries())[0]!.attempts)).toBe(0);
  });

  it("keeps an event's body until its last delivery is done, then drops it", async () => {
    await subscribe('zapUp');
    await subscribe('zapLater');
    hooks.answer(hooks.hookUrl('zapLater'), 503);
    const webhookId = await send();
    await hooks.waitFor(1);
    await until(async () => (await deliveries()).some((d) => d.state === 'delivered'));
    expect(await bodyOf(webhookId)).toEqual(expect.any(String));
    hooks.answer(hooks.hookUrl('zapLater'), 200);
    now += 2_000;
    await hooks.waitFor(2);
    await until(async () => (await deliveries()).every((d) => d.state === 'delivered'));
    expect(await bodyOf(webhookId)).toBeNull();
  });

  it('purges finished deliveries and seen webhookIds after 7 days, keeping younger ones', async () => {
    await subscribe('zapUp');
    const old = await send();
    await hooks.waitFor(1);
    await until(stateIs('delivered'));
    now += 6 * 24 * HOUR;
    const young = await send();
    await hooks.waitFor(2);
    await relay.close();
    // A relay purges when it starts (and every hour): here a day later, 7 days and a minute after the first.
    now += 24 * HOUR + 60_000;
    relay = await start();
    const kept = await store.query('SELECT webhook_id FROM events');
    expect(kept.map((row) => row.webhook_id)).toEqual([young]);
    expect(kept).not.toContainEqual({ webhook_id: old });
    expect(await deliveries()).toHaveLength(1);
  });
});
