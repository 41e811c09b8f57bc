import { type KeyObject, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type RelayProcessOptions, startRelayProcess, stopRelayProcess } from '../connect/relayProcess';
import { dropKeptConnections, postJson } from '../relay/postJson';
import { freePort } from '../sandbox/freePort';
import { median } from './measure';
import { signRelayRequest } from '../src/relay/protocol';

/**
 * The relay under load, as separate processes (`dist/relay/cli.js`) so the load generator does
 * not share their event loop: events accepted per second flat out, then at a steady rate the
 * relay holds, the time to answer GHL and the time from GHL's POST to the hook URL's receipt.
 * Every server compared (the floor, each store, each number of processes) runs side by side and
 * is measured in turns, so what else the machine does at the time weighs on each alike.
 */
const SECRET = 'bench-relay-secret-0123456789abcdef012345';
const LOCATIONS = 20;

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Where the relay processes keep their state, and what else they need to be told. */
export interface RelayBackend {
  name: string;
  processes: number;
  /** Arguments and environment for process `index`; the embedded store takes a file, Postgres a URL. */
  launch: (index: number) => { args: string[]; env: Record<string, string> };
  prepare?: () => Promise<void>;
  cleanup?: () => Promise<void>;
}

export const embeddedBackend = (): RelayBackend => {
  const folder = mkdtempSync(join(tmpdir(), 'relay-bench-'));
  return {
    name: 'embedded SQLite file',
    processes: 1,
    launch: () => ({ args: ['--db', join(folder, 'relay.sqlite')], env: {} }),
    cleanup: async () => rmSync(folder, { recursive: true, force: true }),
  };
};

/** `processes` relay processes sharing a fresh database on the given Postgres server. */
export const postgresBackend = (serverUrl: string, processes: number): RelayBackend => {
  const database = `relay_bench_${processes}_${Date.now()}`;
  const url = serverUrl.replace(/\/postgres$/, `/${database}`);
  let created = false;
  return {
    name: 'Postgres',
    processes,
    launch: (index) => ({ args: [], env: { RELAY_DATABASE_URL: url, RELAY_WORKER_ID: `bench-${index}` } }),
    prepare: async () => {
      if (created) return;
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      created = true;
    },
  };
};

export interface Run {
  accepted: number;
  seconds: number;
  answerMs: number[];
  deliveryMs: number[];
}

/** GHL's POST of one event: its body and signature, made before the clock starts. */
const signedEvents = (ghlKey: KeyObject, count: number) =>
  Array.from({ length: count }, (_, index) => {
    const webhookId = randomUUID();
    const raw = Buffer.from(
      JSON.stringify({
        type: 'InboundMessage',
        locationId: `loc${index % LOCATIONS}`,
        body: 'Hi, is Saturday open?',
        messageType: 'SMS',
        direction: 'inbound',
        messageId: webhookId,
        webhookId,
        timestamp: new Date().toISOString(),
      }),
    );
    return { webhookId, raw, signature: sign(null, raw, ghlKey).toString('base64') };
  });

/**
 * Sends `count` signed events, `concurrency` at a time, or paced to `perSecond` when given.
 * Signing happens before the clock starts, so the generator spends its CPU on sending.
 */
const sendEvents = async (
  relays: string[],
  ghlKey: KeyObject,
  count: number,
  options: { concurrency: number; perSecond?: number },
  sentAt: Map<string, number>,
) => {
  const events = signedEvents(ghlKey, count);
  // Each run opens its connections afresh: the servers closed the last run's while others ran.
  dropKeptConnections();
  const targets = relays.map((relay) => `${relay}/webhooks/ghl`);
  const answerMs: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const index = next;
      next += 1;
      if (index >= count) return;
      if (options.perSecond) {
        const due = started + (index / options.perSecond) * 1000;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      const event = events[index]!;
      const at = performance.now();
      sentAt.set(event.webhookId, at);
      // Sent as the relay sends its deliveries: node:http on kept-alive connections, cheaper than fetch.
      const status = await postJson(
        targets[index % targets.length]!,
        event.raw,
        { 'x-ghl-signature': event.signature },
        30_000,
      );
      if (status !== 200) throw new Error(`The relay answered ${status}`);
      answerMs.push(performance.now() - at);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { answerMs, seconds: (performance.now() - started) / 1000 };
};

/** Events each relay process takes before it is measured. */
export const WARM_UP_PER_PROCESS = 5000;

/** Flat-out runs per server, taken in turns with the others; the median is its capacity. */
export const FLAT_OUT_TRIALS = 3;

/**
 * Flat out: senders enough to keep every server busy, as GHL's many workers sending for
 * thousands of locations would. A server takes at most senders / answer time: 32 senders left
 * the relay waiting on its own commits (about 3,000 events/s at 10 ms each, whatever the store
 * or number of processes), well before its CPU or the database was the limit.
 */
export const FLAT_OUT_SENDERS = 256;
const FLAT_OUT = { concurrency: FLAT_OUT_SENDERS };

/** A server under load: the URLs its events go to, and whether it delivers them to the hook. */
interface ServerUnderLoad {
  name: string;
  processes: number;
  urls: string[];
  delivers: boolean;
  stop: () => Promise<void>;
}

const startProcess = async (
  ghlKey: KeyObject,
  hookOrigin: string,
  how: Pick<RelayProcessOptions, 'args' | 'env' | 'script'>,
) => {
  const port = await freePort();
  const child = await startRelayProcess({
    port,
    secret: SECRET,
    ghlSigningKey: ghlKey,
    allowedHookHosts: hookOrigin,
    ...how,
  });
  return { child, url: `http://127.0.0.1:${port}` };
};

const FLOOR_NAME = 'bare server: signature checked, nothing stored (the floor)';

/**
 * The floor: a bare server that checks each signature and answers 200, storing nothing
 * (`bench/relayFloor.ts`), as its own process like the relay.
 */
const startFloor = async (ghlKey: KeyObject): Promise<ServerUnderLoad> => {
  const { child, url } = await startProcess(ghlKey, '', { script: join('bench', 'relayFloor.js') });
  return { name: FLOOR_NAME, processes: 1, urls: [url], delivers: false, stop: () => stopRelayProcess(child) };
};

/** The backend's relay processes, with one Zap subscribed per location. */
const startRelayServer = async (backend: RelayBackend, ghlKey: KeyObject, hookOrigin: string) => {
  await backend.prepare?.();
  const children: Array<Awaited<ReturnType<typeof startProcess>>> = [];
  for (let i = 0; i < backend.processes; i += 1)
    children.push(await startProcess(ghlKey, hookOrigin, backend.launch(i)));
  const server: ServerUnderLoad = {
    name: backend.name,
    processes: backend.processes,
    urls: children.map((c) => c.url),
    delivers: true,
    stop: async () => {
      await Promise.all(children.map((c) => stopRelayProcess(c.child)));
      await backend.cleanup?.();
    },
  };
  for (let l = 0; l < LOCATIONS; l += 1) {
    const body = JSON.stringify({
      hookUrl: `${hookOrigin}/hooks/standard/1/zap${l}/`,
      locationId: `loc${l}`,
      eventType: 'InboundMessage',
      filters: {},
    });
    const answer = await fetch(`${server.urls[0]}/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRelayRequest(SECRET, 'POST', '/subscriptions', body) },
      body,
    });
    if (answer.status !== 201) {
      await server.stop();
      throw new Error(`Subscribing answered ${answer.status}`);
    }
  }
  return server;
};

/** The stand-in for Zapier's hook host: when each event first arrived. */
const startHook = async () => {
  const received = new Map<string, number>();
  let waiting: (() => void) | undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { webhookId } = JSON.parse(Buffer.concat(chunks).toString()) as { webhookId: string };
      if (!received.has(webhookId)) received.set(webhookId, performance.now());
      res.writeHead(200).end('{}');
      waiting?.();
    });
  });
  // Kept open while the relay that uses them waits its turn, as a busy hook host would.
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    /** Resolves once `count` events arrived since the last clear, or after two minutes. */
    awaitDeliveries: async (count: number) => {
      const deadline = Date.now() + 120_000;
      while (received.size < count && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          waiting = resolve;
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type ServerToMeasure =
  { server: 'floor' } | { server: 'embedded' } | { server: 'postgres'; url: string; processes: number };

export interface Measured {
  name: string;
  processes: number;
  /** The median of the flat-out runs, events accepted per second. */
  flatRate: number;
  /** Every flat-out run's rate, lowest first. */
  flatRates: number[];
  /** For a relay: the steady run at half its flat-out rate. */
  held?: Run & { perSecond: number; delivered: number };
}

/**
 * Starts every server at once, warms each up, then takes FLAT_OUT_TRIALS rounds of one flat-out
 * run of each (each round in another order), and last a steady run of each relay at half its
 * median rate for `steadySeconds`.
 */
export const measureServers = async (
  toMeasure: ServerToMeasure[],
  { flatOut, steadySeconds }: { flatOut: number; steadySeconds: number },
): Promise<Measured[]> => {
  const ghl = generateKeyPairSync('ed25519');
  const hook = await startHook();
  const servers: ServerUnderLoad[] = [];
  try {
    for (const spec of toMeasure) {
      if (spec.server === 'floor') servers.push(await startFloor(ghl.privateKey));
      else {
        const backend = spec.server === 'embedded' ? embeddedBackend() : postgresBackend(spec.url, spec.processes);
        servers.push(await startRelayServer(backend, ghl.privateKey, hook.origin));
      }
    }
    const run = async (
      server: ServerUnderLoad,
      count: number,
      options: { concurrency: number; perSecond?: number },
    ) => {
      const sentAt = new Map<string, number>();
      hook.received.clear();
      const { answerMs, seconds } = await sendEvents(server.urls, ghl.privateKey, count, options, sentAt);
      if (server.delivers) await hook.awaitDeliveries(count);
      const deliveryMs = [...sentAt]
        .filter(([id]) => hook.received.has(id))
        .map(([id, at]) => hook.received.get(id)! - at);
      return { accepted: answerMs.length, seconds, answerMs, deliveryMs };
    };
    // Each process runs its hot paths until V8 has compiled them, as a relay that has been up a
    // while has: measured cold, more processes would each pay the compiler for fewer events.
    for (const server of servers) await run(server, WARM_UP_PER_PROCESS * server.processes, FLAT_OUT);
    const rates = servers.map((): number[] => []);
    for (let round = 0; round < FLAT_OUT_TRIALS; round += 1) {
      for (let turn = 0; turn < servers.length; turn += 1) {
        const index = (round + turn) % servers.length;
        const trial = await run(servers[index]!, flatOut, FLAT_OUT);
        rates[index]!.push(trial.accepted / trial.seconds);
      }
    }
    const measured: Measured[] = [];
    for (const [index, server] of servers.entries()) {
      const flatRates = rates[index]!.sort((a, b) => a - b);
      const flatRate = median(flatRates);
      const entry: Measured = { name: server.name, processes: server.processes, flatRate, flatRates };
      if (server.delivers) {
        const perSecond = Math.round(flatRate / 2);
        const held = await run(server, perSecond * steadySeconds, { ...FLAT_OUT, perSecond });
        entry.held = { ...held, perSecond, delivered: held.deliveryMs.length };
      }
      measured.push(entry);
    }
    return measured;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await hook.close();
  }
};

/** A row of the report: a server's capacity, its share of the floor, and its steady run. */
export const relayRow = ({ name, processes, flatRate, flatRates, held }: Measured, floor: number) => [
  name,
  String(processes),
  `${flatRate.toFixed(0)} (${flatRates[0]!.toFixed(0)} to ${flatRates.at(-1)!.toFixed(0)})`,
  (flatRate / floor).toFixed(2),
  held ? String(held.perSecond) : '',
  held ? percentile(held.answerMs, 50).toFixed(1) : '',
  held ? percentile(held.answerMs, 99).toFixed(1) : '',
  held ? percentile(held.deliveryMs, 50).toFixed(1) : '',
  held ? percentile(held.deliveryMs, 99).toFixed(1) : '',
  held ? `${held.delivered} of ${held.accepted}` : '',
];
