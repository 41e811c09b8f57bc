import { randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { SUBSCRIPTION_COLUMNS, newDelivery, subscriptionValues, toDelivery, toSubscription } from './rows';
import type { AcceptLease, Delivery, EventToAccept, RelayStore } from './store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS subscriptions (
  id TEXT PRIMARY KEY, hook_url TEXT NOT NULL, location_id TEXT NOT NULL, event_type TEXT NOT NULL,
  filters TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS subscriptions_by_event ON subscriptions (location_id, event_type);
CREATE TABLE IF NOT EXISTS events (
  webhook_id TEXT PRIMARY KEY, type TEXT NOT NULL, location_id TEXT NOT NULL, body TEXT, received_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS deliveries (
  id TEXT PRIMARY KEY, webhook_id TEXT NOT NULL, subscription_id TEXT NOT NULL, hook_url TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, next_at INTEGER NOT NULL,
  lease_until INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, finished_at INTEGER);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, next_at);
CREATE INDEX IF NOT EXISTS deliveries_by_event ON deliveries (webhook_id);
CREATE TABLE IF NOT EXISTS request_signatures (signature TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS readiness (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at INTEGER NOT NULL);
`;

/**
 * The embedded store: one SQLite file (Node's built-in `node:sqlite`), nothing to install, in WAL
 * mode. A write that must survive a power loss (an accepted event, a subscription) returns only
 * once the WAL is flushed to disk, so the relay answers 200 for a kept event.
 */
export const openSqliteStore = async (file: string, { maxBytes }: { maxBytes?: number } = {}): Promise<RelayStore> => {
  // Loaded here so the app and the Postgres path never need Node 22's sqlite module.
  const { DatabaseSync: Database } = await import('node:sqlite');
  const db: DatabaseSync = new Database(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;');
  db.exec(SCHEMA);
  // A cap on the file (RELAY_SQLITE_MAX_MB) fails a write past it as a full disk does ("database
  // or disk is full"): the transaction is undone and GHL hears 503.
  if (maxBytes) {
    const pageSize = Number(db.prepare('PRAGMA page_size').get()?.page_size ?? 4096);
    db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(maxBytes / pageSize))}`);
  }
  // Each statement is compiled once: preparing one costs about as much as running it.
  const statements = new Map<string, StatementSync>();
  const sql = (text: string) => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare(text)));
    return statement;
  };
  /**
   * synchronous=FULL (`durable`): the commit returns once the WAL is on disk, for an accepted
   * event or a subscription. NORMAL for bookkeeping (leases, retries, "delivered"): it reaches
   * the disk with the next durable commit or checkpoint, so a power loss before then can only
   * repeat a delivery, and a killed process loses nothing (the OS holds the write).
   */
  let synchronous = '';
  const inTransaction = <T>(work: () => T, durable = false): T => {
    const wanted = durable ? 'FULL' : 'NORMAL';
    if (synchronous !== wanted) db.exec(`PRAGMA synchronous = ${(synchronous = wanted)}`);
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      // A full disk may have undone the transaction already.
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  /** A write that is on disk when it returns. */
  const durably = <T>(work: () => T): T => inTransaction(work, true);
  /** An event's body is kept only while some delivery of it is still owed. */
  const dropFinishedBodies = (webhookIds: string[]) => {
    const clear = sql(
      `UPDATE events SET body = NULL WHERE webhook_id = ? AND NOT EXISTS
         (SELECT 1 FROM deliveries WHERE webhook_id = ? AND state = 'pending')`,
    );
    for (const id of new Set(webhookIds)) clear.run(id, id);
  };
  const finish = (ids: string[], state: 'delivered' | 'abandoned', now: number) =>
    inTransaction(() => {
      const done = sql(`UPDATE deliveries SET state = ?, finished_at = ? WHERE id = ? RETURNING webhook_id`);
      dropFinishedBodies(ids.flatMap((id) => done.all(state, now, id).map((row) => String(row.webhook_id))));
    });
  const acceptOne = ({ event, matches }: EventToAccept, now: number, lease: AcceptLease) => {
    const inserted = sql(
      'INSERT INTO events (webhook_id, type, location_id, body, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(event.webhookId, event.type, event.locationId, event.body, now);
    if (Number(inserted.changes) === 0) return { isNew: false, deliveries: 0, leased: [] };
    const subscriptions = sql('SELECT * FROM subscriptions WHERE location_id = ? AND event_type = ?')
      .all(event.locationId, event.type)
      .map(toSubscription)
      .filter(matches);
    const owe = sql(
      'INSERT INTO deliveries (id, webhook_id, subscription_id, hook_url, next_at, lease_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const leased: Delivery[] = [];
    for (const s of subscriptions) {
      const delivery = newDelivery(event, s, now);
      const leasing = leased.length < lease.max;
      owe.run(delivery.id, event.webhookId, s.id, s.hookUrl, now, leasing ? lease.until : 0, now);
      if (leasing) leased.push(delivery);
    }
    if (!subscriptions.length) sql('UPDATE events SET body = NULL WHERE webhook_id = ?').run(event.webhookId);
    return { isNew: true, deliveries: subscriptions.length, leased };
  };
  const dropDeliveriesOf = (where: string, value: string) => {
    const gone = sql(
      `DELETE FROM deliveries WHERE state = 'pending' AND subscription_id IN (${where}) RETURNING webhook_id`,
    ).all(value);
    dropFinishedBodies(gone.map((row) => String(row.webhook_id)));
  };

  return {
    async addSubscription(subscription, now) {
      const id = randomUUID();
      durably(() =>
        sql(`INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`).run(
          ...subscriptionValues(subscription, id, now),
        ),
      );
      return { ...subscription, id, createdAt: now };
    },
    async removeSubscription(id) {
      return durably(() => {
        dropDeliveriesOf('?', id);
        return Number(sql('DELETE FROM subscriptions WHERE id = ?').run(id).changes) > 0;
      });
    },
    async removeLocation(locationId) {
      return durably(() => {
        dropDeliveriesOf('SELECT id FROM subscriptions WHERE location_id = ?', locationId);
        return Number(sql('DELETE FROM subscriptions WHERE location_id = ?').run(locationId).changes);
      });
    },
    async acceptEvents(batch, now, lease) {
      return durably(() => {
        let room = lease.max;
        return batch.map((entry) => {
          const accepted = acceptOne(entry, now, { ...lease, max: room });
          room -= accepted.leased.length;
          return accepted;
        });
      });
    },
    async claimDue(now, leaseUntil, limit) {
      return inTransaction(() =>
        sql(
          `UPDATE deliveries SET lease_until = ? WHERE id IN (
               SELECT id FROM deliveries WHERE state = 'pending' AND next_at <= ? AND lease_until <= ?
               ORDER BY next_at LIMIT ?)
             RETURNING id, webhook_id, subscription_id, hook_url, attempts, created_at,
               (SELECT body FROM events WHERE events.webhook_id = deliveries.webhook_id) AS body`,
        )
          .all(leaseUntil, now, now, limit)
          .map(toDelivery),
      );
    },
    async delivered(ids, now) {
      finish(ids, 'delivered', now);
    },
    async abandon(id, now) {
      finish([id], 'abandoned', now);
    },
    async retryAt(id, at, attempts) {
      inTransaction(() =>
        sql('UPDATE deliveries SET next_at = ?, attempts = ?, lease_until = 0 WHERE id = ?').run(at, attempts, id),
      );
    },
    async useRequestSignature(signature, expiresAt, now) {
      return durably(() => {
        sql('DELETE FROM request_signatures WHERE expires_at < ?').run(now);
        const added = sql(
          'INSERT INTO request_signatures (signature, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
        ).run(signature, expiresAt);
        return Number(added.changes) === 1;
      });
    },
    async purge(before) {
      return inTransaction(() => {
        const deliveries = sql(`DELETE FROM deliveries WHERE state != 'pending' AND finished_at < ?`).run(
          before,
        ).changes;
        const events = sql(
          `DELETE FROM events WHERE received_at < ? AND NOT EXISTS
               (SELECT 1 FROM deliveries WHERE deliveries.webhook_id = events.webhook_id)`,
        ).run(before).changes;
        return { events: Number(events), deliveries: Number(deliveries) };
      });
    },
    async pendingCount() {
      return Number(sql(`SELECT count(*) AS n FROM deliveries WHERE state = 'pending'`).get()?.n ?? 0);
    },
    async releaseLeases(now) {
      // One process owns the file: every live lease is its own.
      inTransaction(() =>
        sql(`UPDATE deliveries SET lease_until = 0 WHERE state = 'pending' AND lease_until > ?`).run(now),
      );
    },
    async ready(now) {
      // A durable write, not a read: a full disk or a file gone read-only fails here as an event would.
      durably(() =>
        sql(
          'INSERT INTO readiness (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
        ).run(now),
      );
    },
    async close() {
      db.close();
    },
  };
};
