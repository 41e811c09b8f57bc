import { type KeyObject, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startRelayProcess, stopRelayProcess } from '../connect/relayProcess';
import { postJson } from '../relay/postJson';
import { freePort } from '../sandbox/freePort';
import { signRelayRequest } from '../src/relay/protocol';

/**
 * The relay under load, as separate processes (`dist/relay/cli.js`) so the load generator does
 * not share their event loop: events accepted per second flat out, then at a steady rate the
 * relay holds, the time to answer GHL and the time from GHL's POST to the hook URL's receipt.
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

const startProcess = async (backend: RelayBackend, index: number, hookOrigin: string, ghlKey: KeyObject) => {
  const port = await freePort();
  const { args, env } = backend.launch(index);
  const child = await startRelayProcess({
    port,
    secret: SECRET,
    ghlSigningKey: ghlKey,
    allowedHookHosts: hookOrigin,
    args,
    env,
  });
  return { child, url: `http://127.0.0.1:${port}` };
};

interface Run {
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

/** Flat-out runs per server; the median is its capacity. */
export const FLAT_OUT_TRIALS = 3;

/**
 * The flat-out run of median rate among FLAT_OUT_TRIALS: one run on a shared machine moves with
 * whatever else it does.
 */
const medianTrial = async <T extends { answerMs: number[]; seconds: number }>(runOnce: () => Promise<T>) => {
  const trials: T[] = [];
  for (let i = 0; i < FLAT_OUT_TRIALS; i += 1) trials.push(await runOnce());
  const rateOf = (trial: T) => trial.answerMs.length / trial.seconds;
  return trials.sort((a, b) => rateOf(a) - rateOf(b))[Math.floor(trials.length / 2)]!;
};

/** Flat out: 32 senders at once, the events GHL would send in a burst. */
const FLAT_OUT = { concurrency: 32 };

/**
 * The floor: the same load on a bare server that checks each signature and answers 200, storing
 * nothing (`bench/relayFloor.ts`), as its own process like the relay.
 */
export const measureFloor = async (flatOut: number) => {
  const ghl = generateKeyPairSync('ed25519');
  const port = await freePort();
  const child = await startRelayProcess({
    port,
    secret: SECRET,
    ghlSigningKey: ghl.privateKey,
    allowedHookHosts: '',
    script: join('bench', 'relayFloor.js'),
  });
  try {
    const url = [`http://127.0.0.1:${port}`];
    await sendEvents(url, ghl.privateKey, WARM_UP_PER_PROCESS, FLAT_OUT, new Map());
    const median = await medianTrial(() => sendEvents(url, ghl.privateKey, flatOut, FLAT_OUT, new Map()));
    return median.answerMs.length / median.seconds;
  } finally {
    await stopRelayProcess(child);
  }
};

/**
 * Starts the backend's processes, subscribes one Zap per location, and runs the two loads: flat
 * out, then a steady rate of half what flat out reached, for `steadySeconds`.
 */
export const measureRelay = async (backend: RelayBackend, flatOut: number, steadySeconds: number) => {
  const ghl = generateKeyPairSync('ed25519');
  const received = new Map<string, number>();
  let waiting: (() => void) | undefined;
  const hook = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { webhookId } = JSON.parse(Buffer.concat(chunks).toString()) as { webhookId: string };
      if (!received.has(webhookId)) received.set(webhookId, performance.now());
      res.writeHead(200).end('{}');
      waiting?.();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const hookOrigin = `http://127.0.0.1:${(hook.address() as AddressInfo).port}`;
  await backend.prepare?.();
  const processes = [];
  for (let i = 0; i < backend.processes; i += 1)
    processes.push(await startProcess(backend, i, hookOrigin, ghl.privateKey));
  const relays = processes.map((p) => p.url);
  try {
    for (let l = 0; l < LOCATIONS; l += 1) {
      const body = JSON.stringify({
        hookUrl: `${hookOrigin}/hooks/standard/1/zap${l}/`,
        locationId: `loc${l}`,
        eventType: 'InboundMessage',
        filters: {},
      });
      const answer = await fetch(`${relays[0]}/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signRelayRequest(SECRET, 'POST', '/subscriptions', body) },
        body,
      });
      if (answer.status !== 201) throw new Error(`Subscribing answered ${answer.status}`);
    }
    const run = async (count: number, options: { concurrency: number; perSecond?: number }): Promise<Run> => {
      const sentAt = new Map<string, number>();
      received.clear();
      const { answerMs, seconds } = await sendEvents(relays, ghl.privateKey, count, options, sentAt);
      const deadline = Date.now() + 120_000;
      while (received.size < count && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          waiting = resolve;
          setTimeout(resolve, 100);
        });
      }
      const deliveryMs = [...sentAt].filter(([id]) => received.has(id)).map(([id, at]) => received.get(id)! - at);
      return { accepted: answerMs.length, seconds, answerMs, deliveryMs };
    };
    // Each process runs its hot paths until V8 has compiled them, as a relay that has been up a
    // while has: measured cold, more processes would each pay the compiler for fewer events.
    await run(WARM_UP_PER_PROCESS * backend.processes, FLAT_OUT);
    const flat = await medianTrial(() => run(flatOut, FLAT_OUT));
    const perSecond = Math.round(flat.accepted / flat.seconds / 2);
    const held = await run(perSecond * steadySeconds, { ...FLAT_OUT, perSecond });
    return { flat, held, perSecond, delivered: held.deliveryMs.length };
  } finally {
    await Promise.all(processes.map((p) => stopRelayProcess(p.child)));
    await new Promise<void>((resolve) => hook.close(() => resolve()));
    await backend.cleanup?.();
  }
};

export const relayRow = (
  backend: Pick<RelayBackend, 'name' | 'processes'>,
  result: Awaited<ReturnType<typeof measureRelay>>,
  floor: number,
) => [
  backend.name,
  String(backend.processes),
  (result.flat.accepted / result.flat.seconds).toFixed(0),
  (result.flat.accepted / result.flat.seconds / floor).toFixed(2),
  String(result.perSecond),
  percentile(result.held.answerMs, 50).toFixed(1),
  percentile(result.held.answerMs, 99).toFixed(1),
  percentile(result.held.deliveryMs, 50).toFixed(1),
  percentile(result.held.deliveryMs, 99).toFixed(1),
  `${result.delivered} of ${result.held.accepted}`,
];
