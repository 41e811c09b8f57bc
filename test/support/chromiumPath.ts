import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's chromium package, used when the machine has it. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * `@sparticuz/chromium` ships a brotli-packed Chromium inside its npm package, so `npm install`
 * alone brings a browser. It unpacks into `os.tmpdir()`; pointing TMPDIR at a folder of our own
 * keeps it out of the shared /tmp, and the unpack runs in a child process because the package
 * is ESM only.
 */
const UNPACK = `import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))`;

const packagedChromium = (): string => {
  const root = join(__dirname, '..', '..');
  // The package's exports hide its package.json from require.
  const { version } = JSON.parse(
    readFileSync(join(root, 'node_modules', '@sparticuz', 'chromium', 'package.json'), 'utf8'),
  ) as { version: string };
  const home = join(root, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
  const binary = join(home, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  // Unpack beside the final folder, then rename it into place: two test workers starting at once
  // never see a half-written binary.
  const staging = mkdtempSync(`${home}.tmp-`);
  try {
    const unpacked = execFileSync(process.execPath, ['-e', UNPACK], {
      cwd: root,
      env: { ...process.env, TMPDIR: staging },
      encoding: 'utf8',
    });
    if (unpacked !== join(staging, 'chromium'))
      throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, not into ${staging}`);
    try {
      renameSync(staging, home);
    } catch (error) {
      if (!existsSync(binary)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
};

/** The Chromium a browser test drives: CHROMIUM_PATH, else Debian's, else the one npm installed. */
export const chromiumPath = (): string => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return packagedChromium();
};
