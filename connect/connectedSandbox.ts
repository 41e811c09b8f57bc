import zapier from 'zapier-platform-core';
import App from '../index';
import { SANDBOX_CONVERSATION_PROVIDER_ID } from '../sandbox/routes/conversations';
import { type Sandbox, type SandboxOptions, startSandbox } from '../sandbox/server';
import { connect, operationRunner } from './oauthDance';

export type ConnectedSandbox = Awaited<ReturnType<typeof connectedSandbox>>;

/**
 * A sandbox on a free loopback port, the app pointed at it (GHL_BASE_URL and the OAuth client)
 * and connected through the OAuth dance: what the demo, the e2e tests and the benchmark share.
 * `stop` closes the sandbox and restores the environment.
 */
export const connectedSandbox = async (
  options: SandboxOptions = {},
  approve?: (consentUrl: string) => Promise<string>,
) => {
  const sandbox: Sandbox = await startSandbox({ seed: true, ...options });
  const savedEnv = { ...process.env };
  process.env.GHL_BASE_URL = sandbox.url;
  process.env.CLIENT_ID = sandbox.oauth.client.clientId;
  process.env.CLIENT_SECRET = sandbox.oauth.client.clientSecret;
  process.env.GHL_CONVERSATION_PROVIDER_ID = SANDBOX_CONVERSATION_PROVIDER_ID;
  const appTester = zapier.createAppTester(App);
  const stop = async () => {
    process.env = savedEnv;
    await sandbox.close();
  };
  try {
    const authData = await connect(appTester, approve);
    return { sandbox, appTester, authData, run: operationRunner(appTester, authData), stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
