import { randomUUID } from 'node:crypto';
import type { EventToAccept, RelayStore } from '../../relay/store';
import { postgresForTests } from '../support/postgresForTests';
import { type TestStore, testStore } from '../support/relayStores';

/**
 * A Postgres relay process keeps the subscriptions it read and accepts an event in one statement
 * that holds only while no subscription changed since. A change made anywhere (another process,
 * an operator's SQL) is seen by the very next event, so no Zap turned on misses one and none
 * turned off gets one.
 */
const LOCATION = 'locSeen0000000000001';
const NOW = Date.parse('2026-12-01T08:00:00.000Z');
const LEASE = { until: NOW + 60_000, max: 0 };

const postgres = postgresForTests();

const contactCreated = (): EventToAccept => {
  const webhookId = randomUUID();
  return {
    event: {
      webhookId,
      type: 'ContactCreate',
      locationId: LOCATION,
      body: `{"webhookId":"${webhookId}"}`,
      payload: {},
    },
    matches: () => true,
  };
};

describe('subscriptions kept by a Postgres relay process', () => {
  let store: TestStore;
  let one: RelayStore;
  let other: RelayStore;
  beforeEach(async () => {
    store = await testStore('postgres', postgres);
    [one, other] = [await store.open(), await store.open()];
  });
  afterEach(async () => {
    await Promise.all([one.close(), other.close()]);
    await store.remove();
  });
  const deliveriesOwed = async (by: RelayStore) =>
    (await by.acceptEvents([contactCreated()], NOW, LEASE))[0]!.deliveries;
  const subscribe = (by: RelayStore, zap: string) =>
    by.addSubscription(
      {
        hookUrl: `https://hooks.zapier.com/hooks/standard/1/${zap}/`,
        locationId: LOCATION,
        eventType: 'ContactCreate',
        filters: {},
      },
      NOW,
    );

  it('owes the next event to a Zap another process subscribed, and nothing to one it removed', async () => {
    expect(await deliveriesOwed(other)).toBe(0);
    const first = await subscribe(one, 'zap1');
    expect(await deliveriesOwed(other)).toBe(1);
    expect(await deliveriesOwed(other)).toBe(1);
    await subscribe(one, 'zap2');
    expect(await deliveriesOwed(other)).toBe(2);
    await one.removeSubscription(first.id);
    expect(await deliveriesOwed(other)).toBe(1);
    await one.removeLocation(LOCATION);
    expect(await deliveriesOwed(other)).toBe(0);
  });

  it('sees a subscription an operator removed with SQL', async () => {
    await subscribe(one, 'zap1');
    expect(await deliveriesOwed(other)).toBe(1);
    await store.query('DELETE FROM subscriptions WHERE location_id = ?', [LOCATION]);
    expect(await deliveriesOwed(other)).toBe(0);
  });

  it('accepts a batch against the subscriptions as they are now, and keeps nothing of one read before they changed', async () => {
    await subscribe(one, 'zap1');
    expect(await deliveriesOwed(other)).toBe(1);
    await subscribe(one, 'zap2');
    const events = [contactCreated(), contactCreated()];
    const accepted = await other.acceptEvents(events, NOW, LEASE);
    expect(accepted.map((a) => a.deliveries)).toEqual([2, 2]);
    const kept = await store.query('SELECT count(*)::int AS n FROM deliveries WHERE webhook_id IN (?, ?)', [
      events[0]!.event.webhookId,
      events[1]!.event.webhookId,
    ]);
    expect(kept[0]!.n).toBe(4);
  });
});
