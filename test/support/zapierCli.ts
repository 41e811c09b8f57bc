import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
export const ZAPIER_CLI = join(ROOT, 'node_modules', '.bin', 'zapier-platform');
const run = promisify(execFile);

/**
 * A folder from which Zapier's CLI runs the built app (`npm run build` first) with a `.env` of
 * its own: the CLI reads `.env` from, and writes its wrapper into, the folder it runs in, so
 * each test gets one and the developer's `.env` is never touched.
 */
export const cliAppFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zapier-cli-app-'));
  for (const file of ['package.json', 'index.js', '.zapierapprc']) copyFileSync(join(ROOT, file), join(dir, file));
  for (const folder of ['dist', 'node_modules']) symlinkSync(join(ROOT, folder), join(dir, folder), 'dir');
  return {
    dir,
    envFile: join(dir, '.env'),
    env: () => readFileSync(join(dir, '.env'), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};

const cliEnv = () => ({ ...process.env, DISABLE_ZAPIER_ANALYTICS: '1' });

/** `zapier-platform invoke <type> <key> -i <input> --non-interactive` in `dir`: the parsed JSON it prints. */
export const invoke = async (
  dir: string,
  type: 'trigger' | 'search' | 'create' | 'auth',
  key: string,
  input: Record<string, unknown> = {},
  flags: string[] = [],
) => {
  const args = ['invoke', type, key, '--non-interactive', ...flags];
  if (type !== 'auth') args.push('-i', JSON.stringify(input));
  try {
    const { stdout } = await run(ZAPIER_CLI, args, { cwd: dir, env: cliEnv(), maxBuffer: 16 * 1024 * 1024 });
    // `auth refresh` prints nothing: it only rewrites .env.
    return stdout.trim() ? (JSON.parse(stdout) as unknown) : undefined;
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    // The CLI wraps its error at the terminal's width behind " ›  ": unwrapped here.
    const said = (stderr || message)
      .replace(/\n\s*› ?/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    throw new Error(`zapier-platform ${args.join(' ')} failed: ${said}`, { cause: error });
  }
};

/** The sandbox's own CLI (`npm run sandbox`), on a free port, writing its settings to `envFile`. */
export const startSandboxCli = async (
  envFile: string,
  extraArgs: string[] = [],
): Promise<{ url: string; process: ChildProcess; stop: () => Promise<void> }> => {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist', 'sandbox', 'cli.js'), '--port', '0', '--seed', '--write-env', envFile, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/Written to /.test(out)) resolve(/listening on (\S+)/.exec(out)![1]!);
    });
    child.on('exit', (code) => reject(new Error(`The sandbox exited with ${code}: ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, process: child, stop };
};
