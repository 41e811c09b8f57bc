import { type ChildProcess, spawn } from 'node:child_process';
import { type KeyObject, createPublicKey } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The repository's root, from the TypeScript source (tests) or its build in dist/ (the benchmark).
const ROOT = __filename.endsWith('.ts') ? join(__dirname, '..') : join(__dirname, '..', '..');

export interface RelayProcessOptions {
  port: number;
  secret: string;
  /** The key the stand-in for GHL signs with: its public half becomes the relay's GHL key. */
  ghlSigningKey: KeyObject;
  allowedHookHosts: string;
  /** Extra arguments (`--db file`) and environment (RELAY_DATABASE_URL, tuning). */
  args?: string[];
  env?: Record<string, string>;
  /** Another server under `dist/` that takes the same options (the benchmark's floor). */
  script?: string;
}

/**
 * The relay as its own process (`dist/relay/cli.js`, from `npm run build`), as it runs in
 * production: what the tests that kill it and the benchmark start. Resolves once it listens.
 * Its log goes to a file of its own, as a deployment's goes to its collector, so whoever started
 * it (the benchmark's load generator) spends nothing reading it; the file goes when it exits.
 */
export const startRelayProcess = async (options: RelayProcessOptions): Promise<ChildProcess> => {
  const cli = join(ROOT, 'dist', options.script ?? join('relay', 'cli.js'));
  const folder = mkdtempSync(join(tmpdir(), 'relay-log-'));
  const logFile = join(folder, 'relay.log');
  const log = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [cli, '--port', String(options.port), '--host', '127.0.0.1', ...(options.args ?? [])],
    {
      env: {
        ...process.env,
        ...options.env,
        RELAY_SECRET: options.secret,
        RELAY_ALLOWED_HOOK_HOSTS: options.allowedHookHosts,
        GHL_WEBHOOK_ED25519_PUBLIC_KEY: createPublicKey(options.ghlSigningKey)
          .export({ type: 'spki', format: 'pem' })
          .toString(),
      },
      stdio: ['ignore', 'ignore', log],
    },
  );
  closeSync(log);
  const said = () => readFileSync(logFile, 'utf8');
  let exit: { code: number | null; lastWords: string } | undefined;
  child.once('exit', (code) => {
    // Its last lines kept, for a start that failed, before the file goes.
    exit = { code, lastWords: said().slice(-300) };
    rmSync(folder, { recursive: true, force: true });
  });
  // The relay logs "relay listening"; the floor says "floor listening".
  for (;;) {
    if (exit) throw new Error(`The relay exited with ${exit.code}: ${exit.lastWords}`);
    if (said().includes(' listening')) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return child;
};

/** Stops a relay process: SIGTERM, its graceful stop; resolves when it is gone. */
export const stopRelayProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
