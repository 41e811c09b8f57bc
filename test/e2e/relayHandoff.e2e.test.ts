import { randomUUID, sign } from 'node:crypto';
import { type HookStandIn, startHookStandIn } from '../../connect/hookStandIn';
import { startLocalRelay } from '../../connect/localRelay';
import { DELIVERY_DEFAULTS } from '../../relay/delivery';
import type { EventToAccept, RelayStore } from '../../relay/store';
import { signRelayRequest } from '../../src/relay/protocol';
import { postgresForTests } from '../support/postgresForTests';
import { STORE_KINDS, type TestStore, testStore } from '../support/relayStores';

/**
 * The process that accepts an event leases its deliveries in the same write and posts them from
 * memory, with no claim of its own; what it has no room for, and what it leaves behind when it
 * dies, any process claims once the lease runs out.
 */
const LOCATION = 'locHandoff0000000001';
const NOW = Date.parse('2026-12-01T08:00:00.000Z');
const LEASE_MS = 60_000;

const postgres = postgresForTests();

const eventToAccept = (webhookId: string = randomUUID()): EventToAccept => ({
  event: { webhookId, type: 'ContactCreate', locationId: LOCATION, body: `{"webhookId":"${webhookId}"}`, payload: {} },
  matches: () => true,
});

describe.each(STORE_KINDS)('on %s', (_name, kind) => {
  let store: TestStore;
  let opened: RelayStore;
  beforeEach(async () => {
    store = await testStore(kind, postgres);
    opened = await store.open();
  });
  afterEach(async () => {
    await opened.close();
    await store.remove();
  });
  const subscribe = (count: number) =>
    Promise.all(
      Array.from({ length: count }, (_, i) =>
        opened.addSubscription(
          {
            hookUrl: `https://hooks.zapier.com/hooks/standard/1/zap${i}/`,
            locationId: LOCATION,
            eventType: 'ContactCreate',
            filters: {},
          },
          NOW,
        ),
      ),
    );
  const claimedAt = async (at: number, holdFor = LEASE_MS) =>
    (await opened.claimDue(at, at + holdFor, 100)).map((delivery) => delivery.subscriptionId).sort();

  it('leases as many new deliveries as the worker has room for, with their bodies, and leaves the rest to any claim', async () => {
    const subscriptions = await subscribe(3);
    const [accepted] = await opened.acceptEvents([eventToAccept('wh-one')], NOW, { until: NOW + LEASE_MS, max: 2 });
    expect(accepted).toMatchObject({ isNew: true, deliveries: 3 });
    expect(accepted!.leased).toHaveLength(2);
    expect(accepted!.leased[0]).toMatchObject({ webhookId: 'wh-one', attempts: 0, body: '{"webhookId":"wh-one"}' });
    const leased = accepted!.leased.map((delivery) => delivery.subscriptionId);
    const left = subscriptions.map((s) => s.id).filter((id) => !leased.includes(id));
    // Claimed by another worker, held longer than the handed-over lease.
    expect(await claimedAt(NOW, 10 * LEASE_MS)).toEqual(left);
    // Held while the lease lasts; a worker that died holding them gives them up when it runs out.
    expect(await claimedAt(NOW + LEASE_MS - 1)).toEqual([]);
    expect(await claimedAt(NOW + LEASE_MS)).toEqual([...leased].sort());
  });

  it('shares the room across a batch, and leases nothing for a webhookId seen before', async () => {
    await subscribe(2);
    const results = await opened.acceptEvents(
      [eventToAccept('wh-a'), eventToAccept('wh-b'), eventToAccept('wh-a')],
      NOW,
      {
        until: NOW + LEASE_MS,
        max: 3,
      },
    );
    expect(results.map((r) => [r.isNew, r.deliveries, r.leased.length])).toEqual([
      [true, 2, 2],
      [true, 2, 1],
      [false, 0, 0],
    ]);
    const [again] = await opened.acceptEvents([eventToAccept('wh-b')], NOW, { until: NOW + LEASE_MS, max: 10 });
    expect(again).toEqual({ isNew: false, deliveries: 0, leased: [] });
    expect(await claimedAt(NOW)).toHaveLength(1);
  });
});

describe('a relay process', () => {
  let hooks: HookStandIn;
  beforeEach(async () => {
    hooks = await startHookStandIn();
  });
  afterEach(() => hooks.close());

  it('posts the deliveries of the events it accepted without claiming them from the store', async () => {
    const store = await testStore('postgres', postgres);
    const claimed: string[] = [];
    const relay = await startLocalRelay({
      allowedHookHosts: [hooks.url],
      openStore: async () => {
        const opened = await store.open();
        return {
          ...opened,
          claimDue: async (...args) => {
            const due = await opened.claimDue(...args);
            claimed.push(...due.map((delivery) => delivery.id));
            return due;
          },
        };
      },
      delivery: { ...DELIVERY_DEFAULTS, pollMs: 20 },
    });
    try {
      const body = JSON.stringify({
        hookUrl: hooks.hookUrl('zapHandoff'),
        locationId: LOCATION,
        eventType: 'ContactCreate',
      });
      const subscribed = await fetch(`${relay.url}/subscriptions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signRelayRequest(relay.secret, 'POST', '/subscriptions', body),
        },
        body,
      });
      expect(subscribed.status).toBe(201);
      const webhookIds = Array.from({ length: 5 }, () => randomUUID());
      for (const webhookId of webhookIds) {
        const raw = JSON.stringify({
          type: 'ContactCreate',
          locationId: LOCATION,
          webhookId,
          timestamp: new Date().toISOString(),
        });
        const answer = await fetch(`${relay.url}/webhooks/ghl`, {
          method: 'POST',
          headers: { 'x-ghl-signature': sign(null, Buffer.from(raw), relay.ghlSigningKey).toString('base64') },
          body: raw,
        });
        expect(answer.status).toBe(200);
      }
      const calls = await hooks.waitFor(webhookIds.length);
      expect(calls.map((call) => call.body.webhookId).sort()).toEqual([...webhookIds].sort());
      // The poll kept claiming (every 20 ms) and found nothing: each was posted from the handover.
      expect(claimed).toEqual([]);
    } finally {
      await relay.close();
      await store.remove();
    }
  });
});
