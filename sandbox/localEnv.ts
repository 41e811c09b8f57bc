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
