import { type ChildProcess, spawn } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HookStandIn, startHookStandIn } from '../../connect/hookStandIn';
import { signRelayRequest } from '../../src/relay/protocol';

/**
 * GHL does not send an event again once it got a 200: the relay must have it on disk by then.
 * The relay runs as its own process (`dist/relay/cli.js`, built by `pretest`) and is killed with
 * SIGKILL right after its 200, before it could deliver; started again on the same file, it delivers.
 */
const ROOT = join(__dirname, '..', '..');
const SECRET = 'restart-test-secret-0123456789abcdef0123';
const ghl = generateKeyPairSync('ed25519');

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const startRelayProcess = async (port: number, db: string, hooks: HookStandIn): Promise<ChildProcess> => {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist', 'relay', 'cli.js'), '--port', String(port), '--db', db, '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        RELAY_SECRET: SECRET,
        RELAY_ALLOWED_HOOK_HOSTS: hooks.url,
        GHL_WEBHOOK_ED25519_PUBLIC_KEY: createPublicKey(ghl.privateKey)
          .export({ type: 'spki', format: 'pem' })
          .toString(),
        RELAY_RETRY_BASE_MS: '100',
        RELAY_LEASE_MS: '500',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('relay listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`The relay exited with ${code}`)));
  });
  return child;
};

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
  const first = await startRelayProcess(port, db, hooks);
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
  children.push(await startRelayProcess(port, db, hooks));
  const [call] = await hooks.waitFor(1, 15_000);
  expect(call!.body).toMatchObject({ type: 'InboundMessage', body: 'Hi' });
});
