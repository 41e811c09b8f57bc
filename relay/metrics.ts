import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Why GHL's POST got the answer it got: `accepted`, `duplicate`, or the refusal's reason. */
export type EventResult =
  'accepted' | 'duplicate' | 'bad_signature' | 'bad_body' | 'outside_window' | 'store_failed' | 'draining';

export type DeliveryOutcome = 'delivered' | 'retried' | 'given_up' | 'gone';

/**
 * What an operator watches, in Prometheus' text format at `GET /metrics`. One registry per
 * relay, so relays sharing a process (tests) count apart.
 */
export const relayMetrics = (pending: () => Promise<number>) => {
  const registry = new Registry();
  const events = new Counter({
    name: 'relay_events_total',
    help: "GHL's webhook POSTs, by result: accepted, duplicate, or why they were refused",
    labelNames: ['result'],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'relay_deliveries_total',
    help: 'Delivery attempts to Zapier hooks, by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'relay_delivery_seconds',
    help: 'From accepting an event to its delivery being taken by the hook',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600],
    registers: [registry],
  });
  const databaseErrors = new Counter({
    name: 'relay_database_errors_total',
    help: 'Errors from the store: failed requests, failed delivery bookkeeping, dropped connections',
    registers: [registry],
  });
  new Gauge({
    name: 'relay_deliveries_pending',
    help: 'Deliveries owed and not yet done',
    registers: [registry],
    async collect() {
      try {
        this.set(await pending());
      } catch {
        // Unknown while the store is down: the last value stays, and database errors say why.
      }
    },
  });
  for (const result of ['accepted', 'duplicate'] as const) events.inc({ result }, 0);
  for (const outcome of ['delivered', 'retried', 'given_up', 'gone'] as const) deliveries.inc({ outcome }, 0);
  return {
    event: (result: EventResult) => events.inc({ result }),
    delivery: (outcome: DeliveryOutcome, acceptedAt?: number, now?: number) => {
      deliveries.inc({ outcome });
      if (outcome === 'delivered' && acceptedAt !== undefined && now !== undefined)
        latency.observe(Math.max(0, now - acceptedAt) / 1000);
    },
    databaseError: () => databaseErrors.inc(),
    text: () => registry.metrics(),
    contentType: registry.contentType,
  };
};

export type RelayMetrics = ReturnType<typeof relayMetrics>;
