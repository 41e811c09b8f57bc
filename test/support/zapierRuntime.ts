import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import zapier from 'zapier-platform-core';
import App from '../../index';
import { type Clock, type LockConfig, type ThrottleConfig, realClock, zapierPacing } from './zapierPacing';

/**
 * Zapier's runtime around the app, as far as the connection is concerned, for end-to-end tests.
 *
 * - **The shared cache.** `z.cache` calls Zapier's RPC service (`zcache_get`, `zcache_set`,
 *   `zcache_delete`). This stand-in answers those calls over loopback HTTP the way Zapier's store
 *   does: ttl, `nx` (set only if absent) and scope `['auth']` (one store per connection, shared by
 *   every run of it, in any process). `createAppTester`'s mock ignores ttl and nx.
 * - **Lock and throttle**, which Zapier's platform enforces around each step (`zapierPacing.ts`).
 * - **The refresh loop.** On `RefreshAuthError` Zapier calls `refreshAccessToken` with the auth
 *   data the run started with, stores what it returns in the connection, and runs the step once
 *   more; a second failure is shown to the user.
 */
interface Entry {
  value: unknown;
  expiresAt: number;
}

const readJson = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; method: string; params: unknown[] };
};

const startCacheService = async () => {
  const stores = new Map<string, Map<string, Entry>>();
  const storeFor = (connection: string, scope: unknown) => {
    const name = Array.isArray(scope) && scope.includes('auth') ? `auth:${connection}` : 'app';
    if (!stores.has(name)) stores.set(name, new Map());
    return stores.get(name)!;
  };
  const live = (store: Map<string, Entry>, key: string) => {
    const entry = store.get(key);
    if (entry && entry.expiresAt <= Date.now()) store.delete(key);
    return store.get(key);
  };
  const answer = (connection: string, method: string, params: unknown[]): unknown => {
    if (method === 'zcache_get') {
      const [key, scope] = params as [string, unknown];
      return live(storeFor(connection, scope), key)?.value ?? null;
    }
    if (method === 'zcache_set') {
      const [key, value, ttl, scope, nx] = params as [string, unknown, number | null, unknown, boolean | null];
      const store = storeFor(connection, scope);
      if (nx && live(store, key)) return false;
      store.set(key, { value, expiresAt: ttl ? Date.now() + ttl * 1000 : Number.POSITIVE_INFINITY });
      return true;
    }
    if (method === 'zcache_delete') {
      const [key, scope] = params as [string, unknown];
      return storeFor(connection, scope).delete(key);
    }
    throw new Error(`This stand-in answers only z.cache's RPC calls, not ${method}`);
  };
  const server = createServer(async (req, res) => {
    const { id, method, params } = await readJson(req);
    const connection = decodeURIComponent((req.url ?? '/').slice(1));
    try {
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ id, result: answer(connection, method, params) }));
    } catch (error) {
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ id, error: (error as Error).message }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlFor: (connection: string) => `http://127.0.0.1:${port}/${encodeURIComponent(connection)}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type StepKind = 'triggers' | 'searches' | 'creates';
type Invoke = (method: string, bundle: Record<string, unknown>) => Promise<unknown>;

/** Zapier's handling of RefreshAuthError: refresh with the run's auth data, store the result, run again once. */
export const runWithZapierRefresh = async <T>(
  stored: Record<string, unknown>,
  run: (authData: Record<string, unknown>) => Promise<T>,
  refresh: (authData: Record<string, unknown>) => Promise<Record<string, unknown>>,
): Promise<T> => {
  const started = { ...stored };
  try {
    return await run(started);
  } catch (error) {
    if ((error as Error).name !== 'RefreshAuthError') throw error;
    Object.assign(stored, await refresh(started));
    return run({ ...stored });
  }
};

type Definition = { key: string; operation: { lock?: LockConfig; throttle?: ThrottleConfig } };
const definitionOf = (kind: StepKind, key: string) =>
  (App as unknown as Record<StepKind, Record<string, Definition>>)[kind][key];

/**
 * Zapier's runtime for the app: core's own Lambda handler, the shared cache stand-in, lock and
 * throttle, the refresh loop. The clock paces throttled runs (a virtual one lets a burst over
 * many windows run at once).
 */
export const startZapierRuntime = async ({ clock = realClock }: { clock?: Clock } = {}) => {
  const pacing = zapierPacing(clock);
  // Core calls RPC with a deploy key when the event carries no token (a token would send logs to Zapier).
  process.env.ZAPIER_DEPLOY_KEY ??= 'deploy-key-for-local-tests';
  const cache = await startCacheService();
  // Core exports its Lambda handler factory as createAppHandler; its type declarations omit it.
  const handler = (zapier as unknown as { createAppHandler: (app: unknown) => unknown }).createAppHandler(App) as (
    event: Record<string, unknown>,
  ) => Promise<{ results: unknown }>;

  /** One Zapier connection: the auth data Zapier stores for it, and its steps run as Zapier runs them. */
  const connection = (id: string, authData: Record<string, unknown>) => {
    const invoke: Invoke = async (method, bundle) =>
      (await handler({ command: 'execute', method, bundle, rpc_base: cache.urlFor(id) })).results;
    const refresh = (started: Record<string, unknown>) =>
      invoke('authentication.oauth2Config.refreshAccessToken', { authData: started, inputData: {} }) as Promise<
        Record<string, unknown>
      >;
    return {
      authData,
      invoke,
      refresh: () => refresh({ ...authData }),
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- callers read the answer as the sample shows it
      step: <T = any>(
        kind: StepKind,
        key: string,
        inputData: Record<string, unknown> = {},
        meta: Record<string, unknown> = {},
      ) => {
        const definition = definitionOf(kind, key);
        return pacing.around(id, { key, ...definition?.operation }, { inputData }, () =>
          runWithZapierRefresh(
            authData,
            (current) =>
              invoke(`${kind}.${key}.operation.perform`, { authData: current, inputData, meta }) as Promise<T>,
            refresh,
          ),
        );
      },
    };
  };
  return { connection, pacing: pacing.seen, close: cache.close };
};

export type ZapierRuntime = Awaited<ReturnType<typeof startZapierRuntime>>;
