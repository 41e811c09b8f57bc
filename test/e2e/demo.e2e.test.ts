import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');

/** `npm start` as a newcomer sees it: every step of the SMS Zap shown, and nothing on stderr. */
it('npm start runs the SMS Zap against the sandbox and prints no warning', async () => {
  // The Node that npm scripts run (the project's own, with node:sqlite), on the built demo.
  const node = join(ROOT, 'node_modules', '.bin', 'node');
  const { stdout, stderr } = await promisify(execFile)(node, [join(ROOT, 'dist', 'demo', 'run.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test' },
  });
  expect(stderr).toBe('');
  for (const step of ['1. SMS received by WinSMS', '2. Find or Create Contact: created', '2d. Instant trigger'])
    expect(stdout).toContain(`▶ ${step}`);
});
