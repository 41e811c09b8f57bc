import { type KeyObject, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SANDBOX_CONVERSATION_PROVIDER_ID } from './routes/conversations';
import type { Sandbox } from './server';

/** What `zapier-platform invoke` needs in `.env` to run the app against this sandbox. */
export const sandboxEnv = (sandbox: Sandbox): Record<string, string> => ({
  CLIENT_ID: sandbox.oauth.client.clientId,
  CLIENT_SECRET: sandbox.oauth.client.clientSecret,
  GHL_BASE_URL: sandbox.url,
  GHL_CONVERSATION_PROVIDER_ID: SANDBOX_CONVERSATION_PROVIDER_ID,
});

/**
 * What a local relay (`npm run relay -- --env-file .env`) and the app share when the sandbox's
 * webhooks go through it: the app's signing secret for subscriptions, the key the sandbox signs
 * webhooks with (standing in for GHL's), and hook URLs on loopback (standing in for Zapier's).
 */
export const relayEnv = (relayUrl: string, signingKey: KeyObject): Record<string, string> => ({
  RELAY_URL: relayUrl,
  RELAY_SECRET: randomBytes(24).toString('hex'),
  RELAY_ALLOWED_HOOK_HOSTS: 'http://127.0.0.1',
  // One line: .env readers take `\n` in a value as a line break.
  GHL_WEBHOOK_ED25519_PUBLIC_KEY: signingKey
    .export({ type: 'spki', format: 'pem' })
    .toString()
    .trim()
    .replace(/\n/g, '\\n'),
});

/**
 * Writes those variables into an `.env` file, keeping the lines it does not set. The auth data
 * of an earlier connection goes too: a new sandbox knows none of its tokens.
 */
export const writeEnvFile = (path: string, vars: Record<string, string>) => {
  const kept = (existsSync(path) ? readFileSync(path, 'utf8').split('\n') : []).filter((line) => {
    const key = /^\s*([A-Za-z_][\w]*)\s*=/.exec(line)?.[1];
    return line.trim() !== '' && !(key && (key in vars || key.startsWith('authData_')));
  });
  const set = Object.entries(vars).map(([key, value]) => `${key}='${value}'`);
  writeFileSync(path, `${[...kept, ...set].join('\n')}\n`);
};
