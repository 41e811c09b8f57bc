import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import { approveInBrowser } from './browserConsent';
import { connectedApp } from './sandboxApp';

// Starting Chromium takes seconds on a cold CI machine.
jest.setTimeout(60_000);

/** The whole OAuth dance over loopback: code exchange, a call, expiry, refresh with rotation. */
describe('OAuth against the sandbox', () => {
  let now = Date.parse('2026-11-22T10:00:00Z');
  let app: Awaited<ReturnType<typeof connectedApp>>;
  beforeEach(async () => {
    // A person's click on "Allow Access", made by headless Chromium; the app's own
    // getAccessToken then exchanges the code the consent page redirects with.
    app = await connectedApp({ accessTokenSeconds: 3600, clock: () => now }, approveInBrowser);
  });
  afterEach(() => app.stop());

  it('exchanges a code, refreshes an expired token with rotation, and a spent refresh token is refused by GHL but recovered from by the app', async () => {
    const { appTester, authData, run } = app;
    expect(authData).toMatchObject({ locationId: 've9EPM428h8vShlRW1KT', companyId: expect.any(String) });
    await expect(run('triggers', 'list_tags', {})).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'sms-lead' })]),
    );

    now += 3601_000;
    await expect(run('triggers', 'list_tags', {})).rejects.toMatchObject({ name: 'RefreshAuthError' });

    const refresh = App.authentication!.oauth2Config!.refreshAccessToken as never;
    const rotated = (await appTester(refresh, { authData, inputData: {} } as unknown as Bundle)) as Record<
      string,
      string
    >;
    expect(rotated.refresh_token).not.toBe(authData.refresh_token);
    expect(rotated.access_token).not.toBe(authData.access_token);

    // A second run still holding the spent refresh token gets the rotated pair, not a second refresh.
    await expect(appTester(refresh, { authData, inputData: {} } as unknown as Bundle)).resolves.toEqual(rotated);
    expect(app.sandbox.oauth.tokenRequests.refresh_token).toBe(1);
    // GHL itself refuses a spent refresh token, as the sandbox does.
    const form = new URLSearchParams({
      client_id: process.env.CLIENT_ID!,
      client_secret: process.env.CLIENT_SECRET!,
      grant_type: 'refresh_token',
      refresh_token: authData.refresh_token!,
    });
    const spent = await fetch(`${app.sandbox.url}/oauth/token`, { method: 'POST', body: form });
    expect(spent.status).toBe(400);
    await expect(spent.json()).resolves.toMatchObject({ error: 'invalid_grant' });

    const label = await appTester(
      App.authentication!.connectionLabel as never,
      {
        authData: rotated,
        inputData: await appTester(
          App.authentication!.test as never,
          { authData: { ...authData, ...rotated }, inputData: {} } as unknown as Bundle,
        ),
      } as unknown as Bundle,
    );
    expect(label).toBe('Mokoena Dental (sandbox)');
  });
});
