import { type KeyObject, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeliverySettings } from '../relay/delivery';
import { ghlKeys } from '../relay/ghlSignature';
import { silentLog, type Log } from '../relay/log';
import { type Relay, startRelay } from '../relay/server';
import { openSqliteStore } from '../relay/sqliteStore';
import type { RelayStore } from '../relay/store';

export interface LocalRelayOptions {
  /** The database file; a fresh one in a temporary folder unless given (a restart reuses it). */
  dbFile?: string;
  /** The hook hosts it may call: the loopback stand-in's origin. */
  allowedHookHosts: string[];
  /** The key GHL (here, the sandbox) signs webhooks with; a fresh pair unless given. */
  ghlSigningKey?: KeyObject;
  delivery?: Partial<DeliverySettings>;
  log?: Log;
  secret?: string;
  /** The store; the embedded SQLite file unless given (a Postgres one, say). */
  openStore?: () => Promise<RelayStore>;
  /** The relay's clock, so tests can move time on rather than wait. */
  clock?: () => number;
}

/** A webhook relay on loopback with its embedded store, trusting one Ed25519 key as GHL's. */
export const startLocalRelay = async (options: LocalRelayOptions) => {
  const folder = options.dbFile ? undefined : mkdtempSync(join(tmpdir(), 'ghl-relay-'));
  const dbFile = options.dbFile ?? join(folder!, 'relay.sqlite');
  const ghlSigningKey = options.ghlSigningKey ?? generateKeyPairSync('ed25519').privateKey;
  const secret = options.secret ?? 'local-relay-secret-0123456789abcdef0123';
  const relay: Relay = await startRelay({
    store: options.openStore ? await options.openStore() : await openSqliteStore(dbFile),
    secret,
    // The sandbox's Ed25519 key stands in for GHL's; the RSA key stays GHL's published one.
    keys: ghlKeys({
      GHL_WEBHOOK_ED25519_PUBLIC_KEY: createPublicKey(ghlSigningKey).export({ type: 'spki', format: 'pem' }).toString(),
    }),
    allowedHookHosts: options.allowedHookHosts,
    delivery: { retryBaseMs: 50, retryMaxMs: 500, pollMs: 25, ...options.delivery },
    log: options.log ?? silentLog,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    ...relay,
    dbFile,
    secret,
    ghlSigningKey,
    close: async () => {
      await relay.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
};
export type LocalRelay = Awaited<ReturnType<typeof startLocalRelay>>;
