import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import { connectedApp } from './sandboxApp';
import { runLikeZapier } from './zapierRuntime';

/**
 * Tokens and the client secret never show: not in what the app logs (core's HTTP log lines
 * included, as printed with LOG_TO_STDOUT), not in an error message, not in an output.
 */
describe('secrets stay secret', () => {
  const printed: string[] = [];
  const saved = { ...process.env };
  beforeAll(() => {
    process.env.LOG_TO_STDOUT = '1';
    process.env.DETAILED_LOG_TO_STDOUT = '1';
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
    }
  });
  afterAll(() => {
    jest.restoreAllMocks();
    process.env = saved;
  });

  it('scans logs, errors and outputs of a connection, its operations, a refresh and a revocation', async () => {
    const app = await connectedApp();
    const secrets = new Set([
      app.sandbox.oauth.client.clientSecret,
      app.authData.access_token!,
      app.authData.refresh_token!,
    ]);
    const seen: string[] = [];
    const attempt = async (work: () => Promise<unknown>) => {
      try {
        seen.push(JSON.stringify(await work()));
      } catch (error) {
        seen.push(`${(error as Error).name}: ${(error as Error).message}`);
      }
    };
    try {
      const contact = await app.run('creates', 'create_contact', { firstName: 'Thandi', email: 'thandi@example.com' });
      await attempt(() => app.run('creates', 'create_contact_note', { contactId: contact.id, body: 'SMS: hi' }));
      await attempt(() => app.run('triggers', 'get_contact', { contactId: 'noSuchContact0000001' }));
      await attempt(() => app.run('creates', 'create_contact', { email: 'thandi@example.com' }));
      app.sandbox.oauth.expireAll();
      await attempt(() => runLikeZapier(app, 'triggers', 'list_tags', {}));
      secrets.add(app.authData.access_token!).add(app.authData.refresh_token!);
      await fetch(`${app.sandbox.url}/__sandbox/revoke-tokens`, { method: 'POST' });
      await attempt(() => runLikeZapier(app, 'triggers', 'list_tags', {}));
      await attempt(() =>
        app.appTester(
          App.authentication!.test as never,
          { authData: app.authData, inputData: {} } as unknown as Bundle,
        ),
      );
    } finally {
      await app.stop();
    }

    // The scan only means something if there was plenty to scan.
    expect(printed.join('\n')).toMatch(/POST .*\/contacts/);
    expect(seen.some((s) => s.startsWith('ExpiredAuthError'))).toBe(true);
    const everything = [...printed, ...seen].join('\n');
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});
