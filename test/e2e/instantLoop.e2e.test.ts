import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectWithZapierCli } from '../../sandbox/connectCli';
import { freePort } from '../../sandbox/freePort';
import { ZAPIER_CLI, cliAppFolder, invoke, startSandboxCli } from '../support/zapierCli';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');

/** A built CLI of the project's as its own process, with what it prints collected. */
const startCli = (script: string, args: string[], cwd: string) => {
  const child = spawn(process.execPath, [join(ROOT, 'dist', script), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const said = { out: '', err: '' };
  child.stdout!.on('data', (chunk: Buffer) => (said.out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (said.err += chunk.toString()));
  const until = async (pattern: RegExp, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (!pattern.test(said.out)) {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`${script} did not print ${pattern}: ${said.out} ${said.err}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { child: child as ChildProcess, said, until, stop };
};

/**
 * The README's instant-trigger loop, by hand, each piece its own process as a developer runs
 * them: the sandbox sending webhooks to a relay, the relay reading the sandbox's settings from
 * `.env`, `npm run connect`, `npm run hook` standing in for a Zap, and an SMS logged with
 * Zapier's CLI arriving at the hook as the trigger's row.
 */
it('an SMS logged with invoke reaches a hook subscribed by npm run hook, through npm run relay', async () => {
  const app = cliAppFolder();
  const relayPort = await freePort();
  const relayDir = mkdtempSync(join(tmpdir(), 'relay-loop-'));
  const sandbox = await startSandboxCli(app.envFile, ['--relay', `http://127.0.0.1:${relayPort}`]);
  const relay = startCli(
    'relay/cli.js',
    [
      '--port',
      String(relayPort),
      '--host',
      '127.0.0.1',
      '--db',
      join(relayDir, 'relay.sqlite'),
      '--env-file',
      app.envFile,
    ],
    app.dir,
  );
  let hook: ReturnType<typeof startCli> | undefined;
  try {
    expect(app.env()).toMatch(/^RELAY_SECRET='\w{32,}'$/m);
    await connectWithZapierCli(app.dir, ZAPIER_CLI);
    hook = startCli('connect/hookCli.js', ['new_inbound_message', '-i', '{"channel":"SMS"}'], app.dir);
    await hook.until(/Subscribed .* to new_inbound_message/);

    const contact = (await invoke(app.dir, 'create', 'create_contact', {
      firstName: 'Thandi',
      phone: '+27 82 555 0143',
    })) as {
      id: string;
    };
    await invoke(app.dir, 'create', 'add_inbound_message', { contactId: contact.id, message: 'Is Saturday open?' });
    await hook.until(/"rows":\[\{.*"body":"Is Saturday open\?"/);
    expect(hook.said.out).toContain(`"contactId":"${contact.id}"`);

    await hook.stop('SIGINT');
    expect(hook.said.out).toContain('Unsubscribed.');
  } finally {
    await hook?.stop();
    await relay.stop();
    await sandbox.stop();
    app.remove();
    rmSync(relayDir, { recursive: true, force: true });
  }
});
