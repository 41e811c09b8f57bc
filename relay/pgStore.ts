import { randomUUID } from 'node:crypto';
import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import { SUBSCRIPTION_COLUMNS, newDelivery, subscriptionValues, toDelivery, toSubscription } from './rows';
import type { AcceptLease, AcceptedEvent, EventToAccept, RelayStore } from './store';
import { subscriptionCache, subscriptionKey } from './subscriptionCache';

/**
 * The schema, one migration per entry: run in order at start, each once, under an advisory lock,
 * so any number of relay processes starting together leave one schema behind.
 */
const MIGRATIONS = [
  `CREATE TABLE subscriptions (
     id text PRIMARY KEY, hook_url text NOT NULL, location_id text NOT NULL, event_type text NOT NULL,
     filters jsonb NOT NULL, created_at bigint NOT NULL);
   CREATE INDEX subscriptions_by_event ON subscriptions (location_id, event_type);
   CREATE TABLE events (
     webhook_id text PRIMARY KEY, type text NOT NULL, location_id text NOT NULL, body text, received_at bigint NOT NULL);
   CREATE TABLE deliveries (
     id text PRIMARY KEY, webhook_id text NOT NULL, subscription_id text NOT NULL, hook_url text NOT NULL,
     state text NOT NULL DEFAULT 'pending', attempts integer NOT NULL DEFAULT 0, next_at bigint NOT NULL,
     lease_until bigint NOT NULL DEFAULT 0, leased_by text, created_at bigint NOT NULL, finished_at bigint);
   CREATE INDEX deliveries_due ON deliveries (next_at) WHERE state = 'pending';
   CREATE INDEX deliveries_by_event ON deliveries (webhook_id);
   CREATE INDEX deliveries_by_subscription ON deliveries (subscription_id) WHERE state = 'pending';
   CREATE TABLE request_signatures (signature text PRIMARY KEY, expires_at bigint NOT NULL);`,
  // A counter the database bumps with any change to the subscriptions, whoever makes it (another
  // process, an older version during a roll, an operator's SQL): what a process keeps of them is
  // good while the counter stands still.
  `CREATE TABLE subscriptions_version (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
   INSERT INTO subscriptions_version VALUES (1, 0);
   CREATE FUNCTION bump_subscriptions_version() RETURNS trigger LANGUAGE plpgsql AS
     $$ BEGIN UPDATE subscriptions_version SET version = version + 1; RETURN NULL; END $$;
   CREATE TRIGGER subscriptions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON subscriptions
     FOR EACH STATEMENT EXECUTE FUNCTION bump_subscriptions_version();`,
];
/**
 * The bookkeeping's statements are prepared (parsed once per connection) but planned at each
 * run: a plan of them cached while the tables were small would read the deliveries whole for
 * ever after, as they grow. Accepting's statements read no table whole under any plan, and keep
 * the plan they are given (planning them each time cost as much as running them).
 */
const PLANNED_EACH_TIME = '-c plan_cache_mode=force_custom_plan';

/** Any fixed number: the relay's lock on its own migrations. */
const MIGRATION_LOCK = 4_020_018;

const migrate = async (pool: Pool) => {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS relay_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM relay_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      await client.query('BEGIN');
      await client.query(sql);
      await client.query('INSERT INTO relay_migrations (version) VALUES ($1)', [version]);
      await client.query('COMMIT');
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
};

/**
 * The scale-out store: any number of relay processes, on any number of machines, share one
 * Postgres. Each step is one transaction; deliveries are claimed with `FOR UPDATE SKIP LOCKED`
 * and a lease, so two workers never take the same one and a dead worker's come back when its
 * lease runs out.
 */
export const openPgStore = async (
  url: string,
  worker: string = randomUUID(),
  onError: (error: Error) => void = () => undefined,
): Promise<RelayStore & { worker: string }> => {
  // A server that is down refuses at once; one that does not answer is given up on after a few
  // seconds, so GHL hears 503 (and re-sends) rather than waiting on a request that never ends.
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  /**
   * The delivery worker's bookkeeping (leases, deliveries done, retries) commits without waiting
   * for its write to reach the disk: Postgres writes it within a fraction of a second, and a crash
   * before that can only undo a lease or a "delivered", so a hook may get an event twice (it
   * may anyway: a worker can die between its POST and its record) but nothing is lost. What GHL
   * is answered for, an accepted event, still waits for the disk.
   */
  const bookkeeping = new Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    // Startup parameters, so no statement of their own; `options` in the URL overrides them.
    options: `${PLANNED_EACH_TIME} -c synchronous_commit=off`,
  });
  // A connection the server drops (a restart, a failover) is an 'error' event on an idle client:
  // unheard, Node ends the process. The pool replaces the client; the next query finds the server.
  pool.on('error', onError);
  bookkeeping.on('error', onError);
  await migrate(pool);
  const inTransaction = async <T>(work: (client: PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    // The same for a client checked out here: its query fails too, and that failure is what counts.
    const heard = () => undefined;
    client.on('error', heard);
    let failure: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      failure = error as Error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', heard);
      // A client that failed may hold a dead connection: the pool closes it rather than lend it again.
      client.release(failure);
    }
  };
  /**
   * A statement the hot paths run on every batch, prepared once per connection under its name:
   * the server parses it once rather than on each call (and plans it each time, PLANNED_EACH_TIME).
   */
  const prepared =
    <R extends QueryResultRow = Record<string, unknown>>(name: string, text: string, on = pool) =>
    (values: unknown[]) =>
      on.query<R>({ name, text, values });
  /** An event's body is kept only while some delivery of it is still owed. */
  const dropFinishedBodies = (client: PoolClient, webhookIds: string[]) =>
    webhookIds.length
      ? client.query(
          `UPDATE events SET body = NULL WHERE webhook_id = ANY($1) AND NOT EXISTS
             (SELECT 1 FROM deliveries d WHERE d.webhook_id = events.webhook_id AND d.state = 'pending')`,
          [[...new Set(webhookIds)]],
        )
      : undefined;
  // One statement, so one round trip: the delivery is finished and, if it was the event's last
  // owed one, the event's body dropped (the subquery sees this delivery as still pending).
  // "Not finished" rather than "pending": a plan for `state = 'pending'` may read it from a
  // partial index of pending deliveries, whose dead entries grow with every delivery until
  // vacuum, where the primary key finds the few IDs at once.
  const finishDeliveries = prepared(
    'relay_finish_deliveries',
    `WITH done AS (
       UPDATE deliveries SET state = $1, finished_at = $2 WHERE id = ANY($3) AND finished_at IS NULL RETURNING webhook_id)
     UPDATE events SET body = NULL WHERE webhook_id IN (SELECT webhook_id FROM done) AND NOT EXISTS
       (SELECT 1 FROM deliveries d WHERE d.webhook_id = events.webhook_id AND d.state = 'pending' AND NOT d.id = ANY($3))`,
    bookkeeping,
  );
  const finish = async (ids: string[], state: 'delivered' | 'abandoned', now: number) => {
    await finishDeliveries([state, now, ids]);
  };
  // The subscriptions of the given locations and types, and the version they are of: one row
  // with a null id when there are none.
  const subscriptionsOf = prepared<{ version: string; id: string | null }>(
    'relay_subscriptions_of',
    `SELECT v.version, s.* FROM subscriptions_version v LEFT JOIN subscriptions s
       ON (s.location_id, s.event_type) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
  );
  const known = subscriptionCache();
  const insertEvents = prepared<{ webhook_id: string | null }>(
    'relay_insert_events',
    `WITH current AS (SELECT 1 FROM subscriptions_version WHERE version = $12),
       inserted AS (
         INSERT INTO events (webhook_id, type, location_id, body, received_at)
         SELECT webhook_id, type, location_id, body, $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
           AS e (webhook_id, type, location_id, body)
         WHERE EXISTS (SELECT 1 FROM current)
         ON CONFLICT DO NOTHING RETURNING webhook_id),
       added AS (
         INSERT INTO deliveries (id, webhook_id, subscription_id, hook_url, next_at, created_at, lease_until, leased_by)
         SELECT id, webhook_id, subscription_id, hook_url, $5, $5, lease_until, leased_by
           FROM unnest($6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[], $11::text[])
           AS owed (id, webhook_id, subscription_id, hook_url, lease_until, leased_by)
         WHERE webhook_id IN (SELECT webhook_id FROM inserted))
       SELECT webhook_id FROM inserted UNION ALL SELECT NULL WHERE NOT EXISTS (SELECT 1 FROM current)`,
  );
  /** The subscriptions of the events' locations and types, read now, and kept for the next batches. */
  const read = async (events: AcceptedEvent[]) => {
    const { rows } = await subscriptionsOf([events.map((e) => e.locationId), events.map((e) => e.type)]);
    return known.fill(
      Number(rows[0]!.version),
      events.map((e) => subscriptionKey(e.locationId, e.type)),
      rows.filter((row) => row.id !== null).map(toSubscription),
    );
  };
  /**
   * A batch in one round trip, whatever its size, when the subscriptions of its locations and
   * types are known (else one more to read them; the filters are the trigger's, matched here):
   * one statement, atomic by itself and no transaction around it, that inserts the events (a
   * seen webhookId inserts nothing), the deliveries owed to the ones inserted, and no body where
   * nothing is owed, if the subscriptions' version is still the one they were read at.
   */
  const acceptAll = async (batch: EventToAccept[], now: number, lease: AcceptLease) => {
    // A webhookId twice in one batch: the first is the one that may be new.
    const firsts = new Set<string>();
    const unique: EventToAccept[] = [];
    const firstOf = batch.map((entry) => {
      if (firsts.has(entry.event.webhookId)) return undefined;
      firsts.add(entry.event.webhookId);
      return unique.push(entry) - 1;
    });
    const keys = unique.map(({ event }) => subscriptionKey(event.locationId, event.type));
    for (;;) {
      const subscriptions = known.view(keys) ?? (await read(unique.map(({ event }) => event)));
      const owed = unique.map((entry, i) =>
        subscriptions
          .of(keys[i]!)
          .filter(entry.matches)
          .map((s) => newDelivery(entry.event, s, now)),
      );
      // Leased in order, so the ones leased are the first `max`; a repeat's are never inserted.
      const deliveries = owed.flat();
      const leasing = (index: number) => index < lease.max;
      const { rows: inserted } = await insertEvents([
        unique.map((e) => e.event.webhookId),
        unique.map((e) => e.event.type),
        unique.map((e) => e.event.locationId),
        unique.map((e, i) => (owed[i]!.length ? e.event.body : null)),
        now,
        deliveries.map((d) => d.id),
        deliveries.map((d) => d.webhookId),
        deliveries.map((d) => d.subscriptionId),
        deliveries.map((d) => d.hookUrl),
        deliveries.map((_, i) => (leasing(i) ? lease.until : 0)),
        deliveries.map((_, i) => (leasing(i) ? worker : null)),
        subscriptions.version,
      ]);
      // A subscription changed since they were read: nothing was written; read them again.
      if (inserted.some((row) => row.webhook_id === null)) {
        known.forget();
        continue;
      }
      const isNew = new Set(inserted.map((row) => row.webhook_id));
      const leased = new Set(deliveries.filter((_, i) => leasing(i)));
      return batch.map(({ event }, i) => {
        const at = firstOf[i];
        if (at === undefined || !isNew.has(event.webhookId)) return { isNew: false, deliveries: 0, leased: [] };
        return { isNew: true, deliveries: owed[at]!.length, leased: owed[at]!.filter((d) => leased.has(d)) };
      });
    }
  };
  const claimDeliveries = prepared(
    'relay_claim_deliveries',
    `UPDATE deliveries SET lease_until = $1, leased_by = $4 WHERE id IN (
         SELECT id FROM deliveries WHERE state = 'pending' AND next_at <= $2 AND lease_until <= $2
         ORDER BY next_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, webhook_id, subscription_id, hook_url, attempts, created_at,
         (SELECT body FROM events e WHERE e.webhook_id = deliveries.webhook_id) AS body`,
    bookkeeping,
  );
  const dropDeliveriesOf = async (client: PoolClient, where: string, value: string) => {
    const { rows } = await client.query(
      `DELETE FROM deliveries WHERE state = 'pending' AND subscription_id IN (${where}) RETURNING webhook_id`,
      [value],
    );
    await dropFinishedBodies(
      client,
      rows.map((row) => String(row.webhook_id)),
    );
  };

  return {
    worker,
    async addSubscription(subscription, now) {
      const id = randomUUID();
      await pool.query(
        `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`,
        subscriptionValues(subscription, id, now),
      );
      return { ...subscription, id, createdAt: now };
    },
    removeSubscription: (id) =>
      inTransaction(async (client) => {
        await dropDeliveriesOf(client, '$1', id);
        return ((await client.query('DELETE FROM subscriptions WHERE id = $1', [id])).rowCount ?? 0) > 0;
      }),
    removeLocation: (locationId) =>
      inTransaction(async (client) => {
        await dropDeliveriesOf(client, 'SELECT id FROM subscriptions WHERE location_id = $1', locationId);
        return (await client.query('DELETE FROM subscriptions WHERE location_id = $1', [locationId])).rowCount ?? 0;
      }),
    acceptEvents: acceptAll,
    async claimDue(now, leaseUntil, limit) {
      const { rows } = await claimDeliveries([leaseUntil, now, limit, worker]);
      return rows.map(toDelivery);
    },
    delivered: (ids, now) => finish(ids, 'delivered', now),
    abandon: (id, now) => finish([id], 'abandoned', now),
    async retryAt(id, at, attempts) {
      await bookkeeping.query('UPDATE deliveries SET next_at = $1, attempts = $2, lease_until = 0 WHERE id = $3', [
        at,
        attempts,
        id,
      ]);
    },
    async useRequestSignature(signature, expiresAt, now) {
      await pool.query('DELETE FROM request_signatures WHERE expires_at < $1', [now]);
      const added = await pool.query(
        'INSERT INTO request_signatures (signature, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [signature, expiresAt],
      );
      return added.rowCount === 1;
    },
    purge: (before) =>
      inTransaction(async (client) => {
        const deliveries = await client.query(`DELETE FROM deliveries WHERE state <> 'pending' AND finished_at < $1`, [
          before,
        ]);
        const events = await client.query(
          `DELETE FROM events WHERE received_at < $1 AND NOT EXISTS
             (SELECT 1 FROM deliveries d WHERE d.webhook_id = events.webhook_id)`,
          [before],
        );
        return { events: events.rowCount ?? 0, deliveries: deliveries.rowCount ?? 0 };
      }),
    async pendingCount() {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM deliveries WHERE state = 'pending'`);
      return Number(rows[0]?.n ?? 0);
    },
    async releaseLeases(now) {
      await bookkeeping.query(
        `UPDATE deliveries SET lease_until = 0 WHERE state = 'pending' AND leased_by = $1 AND lease_until > $2`,
        [worker, now],
      );
    },
    async ready() {
      await pool.query('SELECT 1');
    },
    close: async () => {
      await Promise.all([pool.end(), bookkeeping.end()]);
    },
  };
};
