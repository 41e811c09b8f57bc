import type { ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HookStandIn, startHookStandIn } from '../../connect/hookStandIn';
import { startRelayProcess } from '../../connect/relayProcess';
import { freePort } from '../../sandbox/freePort';
import { signRelayRequest } from '../../src/relay/protocol';

/**
 * GHL does not send an event again once it got a 200: the relay must have it on disk by then.
 * The relay runs as its own process (`dist/relay/cli.js`, built by `pretest`) and is killed with
 * SIGKILL right after its 200, before it could deliver; started again on the same file, it delivers.
 */
const SECRET = 'restart-test-secret-0123456789abcdef0123';
const ghl = generateKeyPairSync('ed25519');

const startRelay = (port: number, db: string, hooks: HookStandIn) =>
  startRelayProcess({
    port,
    secret: SECRET,
    ghlSigningKey: ghl.privateKey,
    allowedHookHosts: hooks.url,
    args: ['--db', db],
    env: { RELAY_RETRY_BASE_MS: '100', RELAY_LEASE_MS: '500' },
  });

let folder: string;
let hooks: HookStandIn;
const children: ChildProcess[] = [];
beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'relay-restart-'));
  hooks = await startHookStandIn();
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await hooks.close();
  rmSync(folder, { recursive: true, force: true });
});

const subscribe = async (url: string, zap: string) => {
  const subscription = JSON.stringify({
    hookUrl: hooks.hookUrl(zap),
    locationId: 'locA',
    eventType: 'InboundMessage',
    filters: {},
  });
  const subscribed = await fetch(`${url}/subscriptions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signRelayRequest(SECRET, 'POST', '/subscriptions', subscription),
    },
    body: subscription,
  });
  expect(subscribed.status).toBe(201);
};

/** GHL's POST of one signed event; resolves to its webhookId and the relay's answer. */
const sendEvent = async (url: string, body = 'Hi') => {
  const webhookId = randomUUID();
  const raw = JSON.stringify({
    type: 'InboundMessage',
    locationId: 'locA',
    body,
    messageType: 'SMS',
    webhookId,
    timestamp: new Date().toISOString(),
  });
  const answer = await fetch(`${url}/webhooks/ghl`, {
    method: 'POST',
    headers: { 'x-ghl-signature': sign(null, Buffer.from(raw), ghl.privateKey).toString('base64') },
    body: raw,
  });
  return { webhookId, status: answer.status };
};

it('delivers an event it answered 200 for, though it was killed right after', async () => {
  const port = await freePort();
  const db = join(folder, 'relay.sqlite');
  const first = await startRelay(port, db, hooks);
  children.push(first);
  const url = `http://127.0.0.1:${port}`;
  await subscribe(url, 'zapA');

  // Zapier's side is down, so nothing can be delivered before the kill.
  hooks.answerAll(503);
  expect((await sendEvent(url)).status).toBe(200);
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));

  hooks.answerAll(200);
  children.push(await startRelay(port, db, hooks));
  const [call] = await hooks.waitFor(1, 15_000);
  expect(call!.body).toMatchObject({ type: 'InboundMessage', body: 'Hi' });
});

it('drains on SIGTERM: new events get 503, the delivery under way finishes and is recorded, and it exits 0', async () => {
  const port = await freePort();
  const db = join(folder, 'relay.sqlite');
  const relay = await startRelay(port, db, hooks);
  children.push(relay);
  const url = `http://127.0.0.1:${port}`;
  await subscribe(url, 'zapSlow');
  hooks.slow(hooks.hookUrl('zapSlow'), 1_500);
  const underWay = await sendEvent(url, 'under way');
  expect(underWay.status).toBe(200);
  // Posted to the slow hook, not yet answered.
  await new Promise((r) => setTimeout(r, 300));
  const exited = new Promise<number | null>((resolve) => relay.once('exit', (code) => resolve(code)));
  relay.kill('SIGTERM');
  for (let i = 0; i < 50 && (await fetch(`${url}/readyz`)).status !== 503; i += 1)
    await new Promise((r) => setTimeout(r, 20));
  const refused = await sendEvent(url, 'while stopping');
  expect(refused.status).toBe(503);
  expect(await exited).toBe(0);

  expect(hooks.calls.map((c) => c.body.webhookId)).toEqual([underWay.webhookId]);
  const { DatabaseSync } = await import('node:sqlite');
  const file = new DatabaseSync(db, { readOnly: true });
  try {
    expect(file.prepare('SELECT webhook_id, state FROM deliveries').all()).toEqual([
      { webhook_id: underWay.webhookId, state: 'delivered' },
    ]);
    expect(file.prepare('SELECT webhook_id FROM events').all()).toEqual([{ webhook_id: underWay.webhookId }]);
  } finally {
    file.close();
  }
});
