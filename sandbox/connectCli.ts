import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AGENCY_CHOICE } from './consentPage';
import { freePort } from './freePort';
import { writeEnvFile } from './localEnv';

/**
 * `npm run connect [-- --agency | --sub-account <name>]`: connects the app to the running sandbox
 * with Zapier's own CLI, `zapier-platform invoke auth start --non-interactive`, which appends the
 * auth data to `.env`; an earlier connection's lines are taken out first (and put back if this one
 * fails), so `.env` holds one connection.
 * The CLI opens the consent page with `$BROWSER`; here that is `consentBrowser`, which approves
 * it, so no real browser is needed.
 */
const WAIT_MS = 60_000;

/** The browser runs as plain Node, so it is the compiled one even when this file runs under ts-jest. */
const consentBrowser = join(
  __filename.endsWith('.ts') ? join(__dirname, '..', 'dist', 'sandbox') : __dirname,
  'consentBrowser.js',
);

/**
 * Runs `auth start` in `appDir` (the folder holding the app and its `.env`), installing on
 * `installTo` (`agency`, or a sub-account's name; default the first sub-account); rejects with
 * the reason it failed.
 */
export const connectWithZapierCli = async (appDir: string, cli: string, installTo?: string): Promise<void> => {
  const envFile = join(appDir, '.env');
  const before = existsSync(envFile) ? readFileSync(envFile, 'utf8') : undefined;
  if (before !== undefined) writeEnvFile(envFile, {});
  const port = await freePort();
  const logDir = mkdtempSync(join(tmpdir(), 'sandbox-consent-'));
  const consentLog = join(logDir, 'consent.log');
  const child = spawn(
    cli,
    [
      'invoke',
      'auth',
      'start',
      '--non-interactive',
      '--redirect-uri',
      `http://127.0.0.1:${port}/`,
      '--local-port',
      String(port),
    ],
    {
      cwd: appDir,
      stdio: ['ignore', 'inherit', 'pipe'],
      env: {
        ...process.env,
        BROWSER: `${process.execPath} ${consentBrowser}`,
        SANDBOX_CONSENT_LOG: consentLog,
        ...(installTo ? { SANDBOX_INSTALL_TO: installTo } : {}),
        DISABLE_ZAPIER_ANALYTICS: '1',
      },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const consentProblem = () => (existsSync(consentLog) ? readFileSync(consentLog, 'utf8').trim() : '');
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(
          new Error(
            `The consent was not completed within ${WAIT_MS / 1000} s. ${consentProblem() || 'Is the sandbox running (npm run sandbox -- --seed --write-env .env)?'}`,
          ),
        );
      }, WAIT_MS);
      // The consent browser's own failure ends the wait at once: the CLI would wait for ever.
      const watch = setInterval(() => {
        if (consentProblem()) {
          child.kill();
          reject(new Error(consentProblem()));
        }
      }, 200);
      child.on('exit', (code) => {
        clearTimeout(timer);
        clearInterval(watch);
        if (code === 0) resolve();
        else
          reject(
            new Error(consentProblem() || stderr.trim() || `zapier-platform invoke auth start exited with ${code}`),
          );
      });
    });
  } catch (error) {
    if (before !== undefined) writeFileSync(envFile, before);
    throw error;
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
};

if (require.main === module) {
  const { values } = parseArgs({ options: { agency: { type: 'boolean' }, 'sub-account': { type: 'string' } } });
  const installTo = values.agency ? AGENCY_CHOICE : values['sub-account'];
  const root = join(__dirname, '..', '..');
  connectWithZapierCli(root, join(root, 'node_modules', '.bin', 'zapier-platform'), installTo)
    .then(() =>
      console.log(
        `Connected ${values.agency ? 'the agency' : `the sub-account ${values['sub-account'] ? `"${values['sub-account']}"` : '(the first one)'}`}: the auth data is in .env. Try \`npx zapier-platform invoke trigger new_contact --non-interactive\`${values.agency ? ' (on an agency connection, add -i \'{"locationId":"<a sub-account ID>"}\')' : ''}.`,
      ),
    )
    .catch((error: Error) => {
      console.error(`Could not connect: ${error.message}`);
      process.exit(1);
    });
}
