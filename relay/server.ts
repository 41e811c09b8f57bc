import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  INSTANT_EVENTS,
  RELAY_MAX_SKEW_MS,
  RELAY_SIGNATURE_HEADER,
  checkRelayRequest,
  matchesFilters,
} from '../src/relay/protocol';
import { DELIVERY_DEFAULTS, type DeliverySettings, deliveryWorker } from './delivery';
import { type GhlKeys, signedByGhl } from './ghlSignature';
import { hookUrlAllowed } from './hookUrls';
import { type Log, hookHost, jsonLog } from './log';
import { type EventResult, relayMetrics } from './metrics';
import { groupCommit } from './groupCommit';
import type { EventToAccept, RelayStore } from './store';
import { readSubscription } from './subscriptionBody';

export interface RelayOptions {
  store: RelayStore;
  /** RELAY_SECRET: signs the app's subscription requests. */
  secret: string;
  keys: GhlKeys;
  allowedHookHosts: string[];
  port?: number;
  host?: string;
  delivery?: Partial<DeliverySettings>;
  log?: Log;
  clock?: () => number;
}

export interface Relay {
  url: string;
  close: () => Promise<void>;
}

/** GHL's bodies are small; anything past this is not a GHL event. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Delivered events, and the webhookIds seen, are forgotten after a week. */
const KEEP_MS = 7 * 24 * 60 * 60_000;
const PURGE_EVERY_MS = 60 * 60_000;
const INSTANT = new Set<string>(INSTANT_EVENTS);

/**
 * GHL re-sends an event it got no 2xx for (about 10 minutes apart, up to six times) with its
 * original signed `timestamp`: an event is taken while its `webhookId` would still be
 * remembered, so a re-send after an outage is delivered once, and a capture older than that
 * cannot be replayed once its ID was purged. Clocks may differ by the app requests' skew.
 */
const withinResendWindow = (sentAt: number, now: number) =>
  Number.isFinite(sentAt) && sentAt <= now + RELAY_MAX_SKEW_MS && now - sentAt <= KEEP_MS;

/** Why an app request was refused, in the relay's answer. */
const REFUSALS = {
  unsigned: 'The request is not signed',
  stale: 'The request was signed more than 5 minutes from now',
  wrong: 'The request is signed wrongly',
} as const;

const readRaw = async (req: IncomingMessage): Promise<Buffer | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

const answer = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/**
 * The relay between GHL's one webhook URL per marketplace app and Zapier's REST hooks: it takes
 * GHL's signed events, keeps each durably before answering, and delivers it to every Zap that
 * subscribed to that location's events of that type.
 */
export const startRelay = async (options: RelayOptions): Promise<Relay> => {
  const { store, secret, keys } = options;
  const clock = options.clock ?? Date.now;
  const log = options.log ?? jsonLog();
  const metrics = relayMetrics(() => store.pendingCount());
  const worker = deliveryWorker(store, { ...DELIVERY_DEFAULTS, ...options.delivery }, log, metrics, clock);
  // Events arriving together are kept in one transaction: one commit and one flush to disk
  // before each of their 200s, instead of one each.
  // The deliveries owed are leased to this process in the same write and posted from memory,
  // without a claim of their own; what it has no room for waits for any process's claim.
  const accept = groupCommit(async (batch: EventToAccept[]) => {
    const results = await store.acceptEvents(batch, clock(), worker.lease());
    worker.take(results.flatMap((result) => result.leased));
    if (results.some((result) => result.deliveries > result.leased.length)) worker.kick();
    return results;
  });
  /** Set on SIGTERM: events are refused with 503 (GHL sends them again, to another process). */
  let draining = false;
  const refuse = (res: ServerResponse, result: EventResult, status: number, message: string) => {
    metrics.event(result);
    answer(res, status, { message });
  };

  const receiveGhlEvent = async (req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    if (draining) return refuse(res, 'draining', 503, 'The relay is stopping; send this again');
    // The signature first: nothing of an unsigned body is read or kept.
    if (!signedByGhl(raw, req.headers, keys)) return refuse(res, 'bad_signature', 401, 'Missing or wrong signature');
    let event: Record<string, unknown>;
    try {
      event = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      return refuse(res, 'bad_body', 400, 'The body is not JSON');
    }
    const { type, webhookId, timestamp, locationId } = event;
    if (typeof type !== 'string' || typeof webhookId !== 'string' || !webhookId) {
      return refuse(res, 'bad_body', 400, 'An event needs its type and webhookId');
    }
    const sentAt = typeof timestamp === 'string' ? Date.parse(timestamp) : NaN;
    if (!withinResendWindow(sentAt, clock())) {
      log('event refused: timestamp outside the re-send window', { type, webhookId });
      return refuse(
        res,
        'outside_window',
        400,
        'The timestamp is missing, in the future, or older than the 7 days webhookIds are remembered',
      );
    }
    const location = typeof locationId === 'string' ? locationId : '';
    if (type === 'UNINSTALL' && location) {
      const removed = await store.removeLocation(location);
      log('location uninstalled: subscriptions removed', { locationId: location, removed });
    }
    const accepted = await accept({
      event: { webhookId, type, locationId: location, body: raw.toString('utf8'), payload: event },
      matches: (subscription) => INSTANT.has(type) && matchesFilters(subscription.filters, event),
    });
    log(accepted.isNew ? 'event accepted' : 'event seen before', {
      type,
      webhookId,
      locationId: location,
      deliveries: accepted.deliveries,
    });
    metrics.event(accepted.isNew ? 'accepted' : 'duplicate');
    answer(res, 200, { ok: true, duplicate: !accepted.isNew });
  };

  /** The app's requests: signed with the shared secret, just now, and never before. */
  const fromTheApp = async (req: IncomingMessage, res: ServerResponse, path: string, body: string) => {
    const check = checkRelayRequest(secret, req.headers, req.method ?? '', path, body, clock());
    if (check !== 'ok') {
      log('app request refused', { check, path: path.split('/')[1] });
      answer(res, 401, { message: REFUSALS[check] });
      return false;
    }
    const signature = String(req.headers[RELAY_SIGNATURE_HEADER]);
    if (!(await store.useRequestSignature(signature, clock() + 2 * RELAY_MAX_SKEW_MS, clock()))) {
      log('app request refused', { check: 'replayed' });
      answer(res, 401, { message: 'The request was already used' });
      return false;
    }
    return true;
  };

  const subscribe = async (req: IncomingMessage, res: ServerResponse, body: string) => {
    if (!(await fromTheApp(req, res, '/subscriptions', body))) return;
    const request = readSubscription(body);
    if (typeof request === 'string') return answer(res, 400, { message: request });
    if (!hookUrlAllowed(request.hookUrl, options.allowedHookHosts)) {
      log('subscription refused: hook host not allowed', { host: hookHost(request.hookUrl) });
      return answer(res, 400, { message: 'The hook URL must be a Zapier hook URL (https://hooks.zapier.com/...)' });
    }
    const subscription = await store.addSubscription(request, clock());
    log('subscribed', {
      subscription: subscription.id,
      locationId: subscription.locationId,
      type: subscription.eventType,
      host: hookHost(subscription.hookUrl),
    });
    answer(res, 201, { id: subscription.id, eventType: subscription.eventType, locationId: subscription.locationId });
  };

  const unsubscribe = async (req: IncomingMessage, res: ServerResponse, path: string, body: string) => {
    if (!(await fromTheApp(req, res, path, body))) return;
    const id = decodeURIComponent(path.slice('/subscriptions/'.length));
    const removed = await store.removeSubscription(id);
    log('unsubscribed', { subscription: id, removed });
    answer(res, 200, { removed });
  };

  const readiness = async (res: ServerResponse) => {
    if (draining) return answer(res, 503, { ready: false, message: 'The relay is stopping' });
    try {
      await store.ready(clock());
      return answer(res, 200, { ready: true, pendingDeliveries: await store.pendingCount() });
    } catch (error) {
      log('not ready: the store cannot be written', { error: (error as Error).message });
      return answer(res, 503, { ready: false, message: 'The relay cannot store events now' });
    }
  };

  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', 'http://relay').pathname;
      const raw = await readRaw(req);
      if (!raw) return answer(res, 413, { message: 'The body is too large' });
      // Alive: the process answers. Ready: it can store an event now (a load balancer's check).
      if (req.method === 'GET' && path === '/healthz') return answer(res, 200, { ok: true });
      if (req.method === 'GET' && path === '/readyz') return await readiness(res);
      if (req.method === 'GET' && path === '/metrics') {
        res.writeHead(200, { 'content-type': metrics.contentType });
        return res.end(await metrics.text());
      }
      if (req.method === 'POST' && path === '/webhooks/ghl') return await receiveGhlEvent(req, res, raw);
      if (req.method === 'POST' && path === '/subscriptions') return await subscribe(req, res, raw.toString('utf8'));
      if (req.method === 'DELETE' && /^\/subscriptions\/[^/]+$/.test(path)) {
        return await unsubscribe(req, res, path, raw.toString('utf8'));
      }
      answer(res, 404, { message: 'Not found' });
    } catch (error) {
      // An event not stored must not be answered 200. A 503 makes GHL send it again: the store
      // failing (its database unreachable, its disk full) is the likely cause, and it passes.
      log('request failed', { error: (error as Error).message });
      metrics.databaseError();
      if (!res.headersSent) refuse(res, 'store_failed', 503, 'The relay cannot store this now; send it again later');
    }
  });

  const purge = () =>
    store
      .purge(clock() - KEEP_MS, clock())
      .then((purged) => (purged.events || purged.deliveries ? log('purged', purged) : undefined))
      .catch((error: Error) => log('purge failed', { error: error.message }));
  const purging = setInterval(purge, PURGE_EVERY_MS);
  purging.unref();
  await purge();

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  worker.start();
  const { port } = server.address() as AddressInfo;
  log('relay listening', { port });
  return {
    url: `http://127.0.0.1:${port}`,
    /**
     * The graceful stop (SIGTERM): new events get 503 while the deliveries under way finish and
     * are recorded, claims on the rest are handed back, and requests being answered complete.
     */
    close: async () => {
      draining = true;
      clearInterval(purging);
      await worker.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // A client that keeps a connection open gets no more than the delivery timeout.
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      // After the last answer, so deliveries leased by an event accepted while stopping go back too.
      await store.releaseLeases(clock()).catch((error: Error) => log('leases not released', { error: error.message }));
      await store.close();
    },
  };
};
