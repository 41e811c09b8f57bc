import { connectedSandbox } from '../../connect/connectedSandbox';
import { connect, operationRunner } from '../../connect/oauthDance';
import { approveByFormPost } from '../../sandbox/consent';
import { AGENCY_CHOICE } from '../../sandbox/consentPage';
import type { SandboxOptions } from '../../sandbox/server';

// Kept in their own jest run (npm run test:e2e): core's and nock's patches of Node's HTTP
// stack do not mix within one process, and these tests use real loopback HTTP only.

/** The app connected to its own sandbox; stopping it also asserts every answer was on spec. */
export const connectedApp = async (options: SandboxOptions = {}, approve?: (consentUrl: string) => Promise<string>) => {
  const app = await connectedSandbox(options, approve);
  return {
    ...app,
    stop: async () => {
      await app.stop();
      expect(app.sandbox.offSpecAnswers).toEqual([]);
    },
  };
};

export type ConnectedApp = Awaited<ReturnType<typeof connectedApp>>;

/** A fresh sandbox and connection for each test of the enclosing describe, read through the getter. */
export const eachTestConnected = (options: SandboxOptions = {}) => {
  let app: ConnectedApp | undefined;
  beforeEach(async () => {
    app = await connectedApp(options);
  });
  afterEach(() => app?.stop());
  return () => app!;
};

/** A second connection to the same sandbox, made by its agency admin: for the agency-only rows. */
export const agencyConnection = async (app: ConnectedApp) => {
  const authData = await connect(app.appTester, (consentUrl) => approveByFormPost(consentUrl, AGENCY_CHOICE));
  return { authData, run: operationRunner(app.appTester, authData) };
};
