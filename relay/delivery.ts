import { RELAY_DELIVERY_HEADER } from '../src/relay/protocol';
import { type Log, hookHost } from './log';
import { groupCommit } from './groupCommit';
import { postJson } from './postJson';
import type { RelayMetrics } from './metrics';
import type { Delivery, RelayStore } from './store';

export interface DeliverySettings {
  /** First retry after this long, doubling each time up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** GHL keeps no copy: the relay tries for at least a day before it gives an event up. */
  giveUpAfterMs: number;
  /** How long a claimed delivery is held by its worker before another may take it. */
  leaseMs: number;
  concurrency: number;
  timeoutMs: number;
  /** How often due retries are looked for when nothing new arrives. */
  pollMs: number;
}

export const DELIVERY_DEFAULTS: DeliverySettings = {
  retryBaseMs: 1_000,
  retryMaxMs: 60 * 60_000,
  giveUpAfterMs: 26 * 60 * 60_000,
  leaseMs: 60_000,
  concurrency: 16,
  timeoutMs: 10_000,
  pollMs: 250,
};

type Outcome = 'delivered' | 'gone' | 'retry' | 'refused';

/** Zapier's REST hook answers: 2xx taken, 410 unsubscribed, 408, 429 and 5xx try later, other 4xx (and a redirect) never. */
const outcomeOf = (status: number): Outcome => {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 410) return 'gone';
  if (status === 429 || status >= 500 || status === 408) return 'retry';
  return 'refused';
};

/** Delay before attempt `attempts + 1`: doubling, capped, with a fifth of jitter so retries spread out. */
export const backoff = (attempts: number, settings: DeliverySettings, random = Math.random) => {
  const plain = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** attempts);
  return Math.round(plain * (0.8 + 0.4 * random()));
};

/** Posts owed deliveries to their hook URLs, one worker per relay process. */
export const deliveryWorker = (
  store: RelayStore,
  settings: DeliverySettings,
  log: Log,
  metrics: RelayMetrics,
  clock = Date.now,
) => {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  // Deliveries taken at about the same time are recorded in one transaction.
  const recordDelivered = groupCommit(async (ids: string[]) => {
    await store.delivered(ids, clock());
    return ids.map(() => undefined);
  });

  const post = async (delivery: Delivery): Promise<Outcome> => {
    try {
      const status = await postJson(
        delivery.hookUrl,
        delivery.body,
        { [RELAY_DELIVERY_HEADER]: delivery.id },
        settings.timeoutMs,
      );
      return outcomeOf(status);
    } catch {
      return 'retry';
    }
  };

  const settle = async (delivery: Delivery) => {
    const outcome = await post(delivery);
    const now = clock();
    const fields = { delivery: delivery.id, subscription: delivery.subscriptionId, host: hookHost(delivery.hookUrl) };
    if (outcome === 'delivered') {
      metrics.delivery('delivered', delivery.createdAt, now);
      return recordDelivered(delivery.id);
    }
    if (outcome === 'gone') {
      metrics.delivery('gone');
      log('hook gone: subscription removed', fields);
      await store.removeSubscription(delivery.subscriptionId);
      return;
    }
    if (outcome === 'refused' || now - delivery.createdAt >= settings.giveUpAfterMs) {
      metrics.delivery('given_up');
      log('delivery given up', { ...fields, outcome, attempts: delivery.attempts + 1 });
      return store.abandon(delivery.id, now);
    }
    const wait = backoff(delivery.attempts, settings);
    metrics.delivery('retried');
    log('delivery will be retried', { ...fields, attempts: delivery.attempts + 1, waitMs: wait });
    await store.retryAt(delivery.id, now + wait, delivery.attempts + 1);
  };

  /** Deliveries posted and not yet settled: at most `concurrency`, so one slow hook holds one slot only. */
  const inFlight = new Set<Promise<void>>();

  /** Deliveries this worker leased as it accepted their events, waiting for a free slot. */
  const handedOver: Delivery[] = [];
  /**
   * Whether the store may hold due deliveries no worker has claimed: set by the poll (retries
   * come due, another process's leases run out) and by events accepted without room to lease
   * them, cleared when a claim comes back short. Deliveries handed over need no claim.
   */
  let mayBeDue = true;

  /** Starts as many deliveries as there are free slots: handed over ones first, then claimed ones. */
  const fill = async () => {
    while (!stopped && inFlight.size < settings.concurrency) {
      const free = settings.concurrency - inFlight.size;
      let due: Delivery[];
      if (handedOver.length) due = handedOver.splice(0, free);
      else if (mayBeDue) {
        // Cleared before the claim, so a signal while it runs is kept.
        mayBeDue = false;
        const now = clock();
        due = await store.claimDue(now, now + settings.leaseMs, free);
        if (due.length === free) mayBeDue = true;
      } else return;
      if (!due.length) return;
      for (const delivery of due) {
        const settling: Promise<void> = settle(delivery)
          .catch((error: Error) => {
            // Not recorded: its lease runs out and it is tried again, the hook may see it twice.
            metrics.databaseError();
            log('delivery error', { error: error.message });
          })
          .finally(() => {
            inFlight.delete(settling);
            // Claims come in batches: a claim per finished delivery would be a commit each.
            if (handedOver.length || inFlight.size <= settings.concurrency / 2) run();
          });
        inFlight.add(settling);
      }
    }
  };

  /** Fills the free slots now, or once more right after the fill under way. */
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = fill()
      .catch((error: Error) => {
        metrics.databaseError();
        log('delivery loop error', { error: error.message });
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };

  /** Due deliveries may be waiting in the store: claims them into the free slots. */
  const kick = () => {
    mayBeDue = true;
    run();
  };

  return {
    start() {
      timer = setInterval(kick, settings.pollMs);
      kick();
    },
    kick,
    /** The lease for deliveries of events being accepted now: as many as two rounds of slots hold. */
    lease: () => ({
      until: clock() + settings.leaseMs,
      max: stopped ? 0 : Math.max(0, 2 * settings.concurrency - inFlight.size - handedOver.length),
    }),
    /** Deliveries leased to this worker as their events were accepted; posted as slots free up. */
    take(deliveries: Delivery[]) {
      // A stopped worker's leases are handed back by releaseLeases.
      if (stopped) return;
      handedOver.push(...deliveries);
      run();
    },
    /** Claims nothing more and waits for the deliveries under way to be posted and recorded. */
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
      await Promise.all([...inFlight]);
    },
  };
};
