import zapier from 'zapier-platform-core';
import { connect, operationRunner } from '../../demo/oauthDance';
import App from '../../index';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../sandbox/server';

// Kept in their own jest run (npm run test:e2e): core's and nock's patches of Node's HTTP
// stack do not mix within one process, and these tests use real loopback HTTP only.

/** A sandbox on a free loopback port, the app pointed at it and connected through OAuth. */
export const connectedApp = async (options: SandboxOptions = {}, approve?: (consentUrl: string) => Promise<string>) => {
  const sandbox: Sandbox = await startSandbox({ seed: true, ...options });
  const savedEnv = { ...process.env };
  process.env.GHL_BASE_URL = sandbox.url;
  process.env.CLIENT_ID = sandbox.oauth.client.clientId;
  process.env.CLIENT_SECRET = sandbox.oauth.client.clientSecret;
  const appTester = zapier.createAppTester(App);
  const authData = await connect(appTester, approve);
  const run = operationRunner(appTester, authData);
  const stop = async () => {
    process.env = savedEnv;
    await sandbox.close();
    // Every answer the app got must have been one GHL's spec allows.
    expect(sandbox.offSpecAnswers).toEqual([]);
  };
  return { sandbox, appTester, authData, run, stop };
};
