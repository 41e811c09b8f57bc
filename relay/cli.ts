import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DeliverySettings } from './delivery';
import { ghlKeys } from './ghlSignature';
import { hookRulesFrom } from './hookUrls';
import { type Log, jsonLog } from './log';
import { startRelay } from './server';
import { quietSqliteNotice } from './sqliteNotice';
import { openSqliteStore } from './sqliteStore';

/**
 * `npm run relay -- --port 4020 --db ./relay.sqlite`: the webhook relay, on its embedded store or on
 * Postgres (RELAY_DATABASE_URL).
 * Set the marketplace app's webhook URL to `<relay>/webhooks/ghl`, and give the relay and the
 * Zapier app the same RELAY_SECRET.
 */
/** Optional tuning: RELAY_RETRY_BASE_MS (first retry), RELAY_LEASE_MS (how long a crashed worker's delivery waits). */
const deliveryTuning = (env: NodeJS.ProcessEnv): Partial<DeliverySettings> => ({
  ...(env.RELAY_RETRY_BASE_MS ? { retryBaseMs: Number(env.RELAY_RETRY_BASE_MS) } : {}),
  ...(env.RELAY_LEASE_MS ? { leaseMs: Number(env.RELAY_LEASE_MS) } : {}),
});

/**
 * RELAY_DATABASE_URL (postgres://...) puts the relay's state on a Postgres server that any number
 * of relay processes share; without it, the state is in one SQLite file (`--db`).
 */
const openStore = async (dbFile: string, log: Log) => {
  const url = process.env.RELAY_DATABASE_URL;
  const maxMb = Number(process.env.RELAY_SQLITE_MAX_MB);
  if (!url) return openSqliteStore(resolve(dbFile), maxMb > 0 ? { maxBytes: maxMb * 1024 * 1024 } : {});
  const { openPgStore } = await import('./pgStore');
  return openPgStore(url, process.env.RELAY_WORKER_ID ?? `${hostname()}-${process.pid}`, (error) =>
    log('database connection lost', { error: error.message }),
  );
};

const main = async () => {
  quietSqliteNotice();
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4020' },
      db: { type: 'string', default: './relay.sqlite' },
      host: { type: 'string', default: '0.0.0.0' },
      'env-file': { type: 'string' },
    },
  });
  // The settings below from a file (`.env` of the sandbox's --relay), the environment winning.
  if (values['env-file']) process.loadEnvFile(values['env-file']);
  const secret = process.env.RELAY_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error('Set RELAY_SECRET (at least 32 characters), the secret the relay shares with the Zapier app.');
  }
  const log = jsonLog();
  const relay = await startRelay({
    store: await openStore(values.db, log),
    secret,
    keys: ghlKeys(),
    allowedHookHosts: hookRulesFrom(process.env.RELAY_ALLOWED_HOOK_HOSTS),
    port: Number(values.port),
    host: values.host,
    log,
    delivery: deliveryTuning(process.env),
  });
  const stop = () => void relay.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
};

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
