import type { ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { startRelayProcess } from '../../connect/relayProcess';
import { freePort } from '../../sandbox/freePort';
import { signRelayRequest } from '../../src/relay/protocol';
import { postgresForTests } from '../support/postgresForTests';

/**
 * Two relay processes on one Postgres. 10,000 signed events go to each in turn (a load
 * balancer's round robin); one process is killed with SIGKILL in the middle and started again.
 * Every event reaches its Zap; an event is delivered twice only when it was in flight at the kill.
 */
jest.setTimeout(180_000);

const SECRET = 'scale-test-secret-0123456789abcdef012345';
const EVENTS = 10_000;
const ZAPS = 10;
const ghl = generateKeyPairSync('ed25519');

const postgres = postgresForTests();
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

const startRelay = async (port: number, worker: string, hookOrigin: string) => {
  const child = await startRelayProcess({
    port,
    secret: SECRET,
    ghlSigningKey: ghl.privateKey,
    allowedHookHosts: hookOrigin,
    env: {
      RELAY_DATABASE_URL: postgres().url,
      RELAY_WORKER_ID: worker,
      RELAY_RETRY_BASE_MS: '100',
      RELAY_LEASE_MS: '2000',
    },
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
};

it('delivers all 10,000 events across a SIGKILL, with duplicates only for deliveries in flight', async () => {
  // Zapier's stand-in: which Zap got which event, and the delivery IDs it saw.
  const received = new Map<string, string[]>();
  const hook = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { webhookId } = JSON.parse(Buffer.concat(chunks).toString()) as { webhookId: string };
      received.set(webhookId, [...(received.get(webhookId) ?? []), String(req.headers['x-relay-delivery-id'])]);
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const hookOrigin = `http://127.0.0.1:${(hook.address() as AddressInfo).port}`;
  const ports = [await freePort(), await freePort()];
  // Started together: the migrations must hold when two processes race them.
  const relays = await Promise.all([
    startRelay(ports[0]!, 'relay-a', hookOrigin),
    startRelay(ports[1]!, 'relay-b', hookOrigin),
  ]);
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);

  for (let zap = 0; zap < ZAPS; zap += 1) {
    const body = JSON.stringify({
      hookUrl: `${hookOrigin}/hooks/zap${zap}/`,
      locationId: `loc${zap}`,
      eventType: 'InboundMessage',
      filters: {},
    });
    const answer = await fetch(`${urls[0]}/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRelayRequest(SECRET, 'POST', '/subscriptions', body) },
      body,
    });
    expect(answer.status).toBe(201);
  }

  /** GHL's POST, sent to each process in turn; a dead one's share goes to the other, as a load balancer would. */
  let next = 0;
  const send = async (index: number) => {
    const webhookId = randomUUID();
    const raw = JSON.stringify({
      type: 'InboundMessage',
      locationId: `loc${index % ZAPS}`,
      body: `msg ${index}`,
      webhookId,
      timestamp: new Date().toISOString(),
    });
    const headers = { 'x-ghl-signature': sign(null, Buffer.from(raw), ghl.privateKey).toString('base64') };
    for (let attempt = 0; ; attempt += 1) {
      const url = urls[(index + attempt) % urls.length]!;
      try {
        const answer = await fetch(`${url}/webhooks/ghl`, { method: 'POST', headers, body: raw });
        await answer.arrayBuffer();
        if (answer.status === 200) return webhookId;
      } catch {
        // Connection refused: the process is down.
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const accepted: string[] = [];
  let inFlightAtKill = -1;
  const killAt = EVENTS / 2;
  const sender = async () => {
    for (;;) {
      const index = next;
      next += 1;
      if (index >= EVENTS) return;
      if (index === killAt) {
        const db = new Client({ connectionString: postgres().url });
        await db.connect();
        relays[0]!.kill('SIGKILL');
        // Deliveries the killed process had claimed and not finished: the only ones it can repeat.
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM deliveries WHERE state = 'pending' AND leased_by = 'relay-a' AND lease_until > $1`,
          [Date.now()],
        );
        inFlightAtKill = Number(rows[0]!.n);
        await db.end();
        relays[0] = await startRelay(ports[0]!, 'relay-a', hookOrigin);
      }
      accepted.push(await send(index));
    }
  };
  await Promise.all(Array.from({ length: 16 }, sender));

  const deadline = Date.now() + 90_000;
  while (accepted.some((id) => !received.has(id)) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  const missing = accepted.filter((id) => !received.has(id));
  const duplicates = [...received.values()].filter((ids) => ids.length > 1);
  console.log(
    `${accepted.length} events accepted, ${received.size} delivered, ${missing.length} missing; ${duplicates.length} delivered twice (${inFlightAtKill} deliveries were in flight at the kill)`,
  );
  expect(missing).toEqual([]);
  expect(inFlightAtKill).toBeGreaterThanOrEqual(0);
  expect(duplicates.length).toBeLessThanOrEqual(inFlightAtKill);
  // A repeat carries the same delivery ID, so the Zap can tell.
  for (const ids of duplicates) expect(new Set(ids).size).toBe(1);
  await new Promise<void>((resolve) => hook.close(() => resolve()));
});
