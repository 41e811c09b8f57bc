import type { ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startRelayProcess } from '../../connect/relayProcess';
import { freePort } from '../../sandbox/freePort';
import { signRelayRequest } from '../../src/relay/protocol';
import { postgresForTests } from '../support/postgresForTests';

/**
 * Postgres stopped at once (`pg_ctl stop -m immediate`) under load, with two relay processes on
 * it, and started again: both stay up, GHL hears 503 meanwhile and sends again, and every event
 * a relay acknowledged, before or after, reaches its Zap.
 */
jest.setTimeout(180_000);

const SECRET = 'outage-test-secret-0123456789abcdef01234';
const EVENTS = 300;
const HALT_AT = 100;
const ghl = generateKeyPairSync('ed25519');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const postgres = postgresForTests();
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

it('keeps both processes up through a Postgres outage, answers 503 meanwhile, and delivers every acknowledged event', async () => {
  const received = new Set<string>();
  const hook = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.add((JSON.parse(Buffer.concat(chunks).toString()) as { webhookId: string }).webhookId);
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const hookOrigin = `http://127.0.0.1:${(hook.address() as AddressInfo).port}`;
  const ports = [await freePort(), await freePort()];
  for (const [i, port] of ports.entries())
    children.push(
      await startRelayProcess({
        port,
        secret: SECRET,
        ghlSigningKey: ghl.privateKey,
        allowedHookHosts: hookOrigin,
        env: {
          RELAY_DATABASE_URL: postgres().url,
          RELAY_WORKER_ID: `relay-${i}`,
          RELAY_RETRY_BASE_MS: '100',
          RELAY_LEASE_MS: '2000',
        },
      }),
    );
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const body = JSON.stringify({ hookUrl: `${hookOrigin}/hooks/zap/`, locationId: 'loc1', eventType: 'InboundMessage' });
  const subscribed = await fetch(`${urls[0]}/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signRelayRequest(SECRET, 'POST', '/subscriptions', body) },
    body,
  });
  expect(subscribed.status).toBe(201);
  const readiness = () => Promise.all(urls.map(async (url) => (await fetch(`${url}/readyz`)).status));

  const statuses = new Map<number, number>();
  /** GHL: an event answered other than 2xx is sent again, with its first timestamp, until one takes it. */
  const send = async (index: number) => {
    const webhookId = randomUUID();
    const raw = JSON.stringify({
      type: 'InboundMessage',
      locationId: 'loc1',
      body: `msg ${index}`,
      webhookId,
      timestamp: new Date().toISOString(),
    });
    const headers = { 'x-ghl-signature': sign(null, Buffer.from(raw), ghl.privateKey).toString('base64') };
    for (let attempt = 0; ; attempt += 1) {
      const answer = await fetch(`${urls[(index + attempt) % 2]}/webhooks/ghl`, { method: 'POST', headers, body: raw });
      await answer.arrayBuffer();
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 200) return webhookId;
      await pause(100);
    }
  };

  const acknowledged: string[] = [];
  let next = 0;
  let outage: Promise<void> | undefined;
  const sender = async () => {
    for (let index = next++; index < EVENTS; index = next++) {
      if (index === HALT_AT)
        outage = (async () => {
          await postgres().halt();
          // Told on readiness too, so a load balancer can stop sending here.
          for (let i = 0; i < 50 && (await readiness()).some((s) => s !== 503); i += 1) await pause(100);
          expect(await readiness()).toEqual([503, 503]);
          await pause(3_000);
          await postgres().restart();
        })();
      acknowledged.push(await send(index));
      await pause(10);
    }
  };
  await Promise.all(Array.from({ length: 4 }, sender));
  await outage;

  for (let i = 0; i < 100 && (await readiness()).some((s) => s !== 200); i += 1) await pause(100);
  expect(await readiness()).toEqual([200, 200]);
  const deadline = Date.now() + 60_000;
  while (acknowledged.some((id) => !received.has(id)) && Date.now() < deadline) await pause(200);

  expect(children.map((child) => child.exitCode)).toEqual([null, null]);
  expect(statuses.get(503)).toBeGreaterThan(0);
  // The outage is on the metrics an operator watches: refusals for it, and the database's errors.
  const metrics = (await Promise.all(urls.map(async (url) => (await fetch(`${url}/metrics`)).text()))).join('\n');
  expect(metrics).toMatch(/^relay_events_total\{result="store_failed"\} [1-9]/m);
  expect(metrics).toMatch(/^relay_database_errors_total [1-9]/m);
  expect(acknowledged).toHaveLength(EVENTS);
  expect(acknowledged.filter((id) => !received.has(id))).toEqual([]);
  await new Promise<void>((resolve) => hook.close(() => resolve()));
});
