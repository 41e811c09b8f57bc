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

it('delivers an event it answered 200 for, though it was killed right after', async () => {
  const port = await freePort();
  const db = join(folder, 'relay.sqlite');
  const first = await startRelay(port, db, hooks);
  children.push(first);
  const url = `http://127.0.0.1:${port}`;
  const subscription = JSON.stringify({
    hookUrl: hooks.hookUrl('zapA'),
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

  // Zapier's side is down, so nothing can be delivered before the kill.
  hooks.answerAll(503);
  const raw = JSON.stringify({
    type: 'InboundMessage',
    locationId: 'locA',
    body: 'Hi',
    messageType: 'SMS',
    webhookId: randomUUID(),
    timestamp: new Date().toISOString(),
  });
  const answer = await fetch(`${url}/webhooks/ghl`, {
    method: 'POST',
    headers: { 'x-ghl-signature': sign(null, Buffer.from(raw), ghl.privateKey).toString('base64') },
    body: raw,
  });
  expect(answer.status).toBe(200);
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));

  hooks.answerAll(200);
  children.push(await startRelay(port, db, hooks));
  const [call] = await hooks.waitFor(1, 15_000);
  expect(call!.body).toMatchObject({ type: 'InboundMessage', body: 'Hi' });
});
