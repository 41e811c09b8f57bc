import nock from 'nock';
import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import { authorizeUrl } from '../../src/auth/authentication';
import {
  API,
  COMPANY_ID,
  LOCATION_ID,
  agencyAuthData,
  appTester,
  authData,
  expectCall,
  failureOf,
  run,
} from '../helpers';

const oauth = App.authentication!.oauth2Config! as unknown as Record<
  string,
  (z: unknown, bundle: Bundle) => Promise<unknown>
>;
const perform = (name: string, bundle: Record<string, unknown>) =>
  appTester(oauth[name] as never, bundle as unknown as Bundle, true);
const C = 'seD4PfOuKoVMLkEZqohJ';
const formOf = (body: unknown) => Object.fromEntries(new URLSearchParams(body as string));

describe('OAuth2 with GHL', () => {
  const env = { ...process.env };
  beforeEach(() => {
    process.env.CLIENT_ID = '6578278e879ad2646715ba9c-lq4sd3z8';
    process.env.CLIENT_SECRET = 'client-secret-for-tests';
  });
  afterEach(() => {
    process.env = { ...env };
  });

  it("sends people to GHL's current consent page with every scope the app's endpoints need", async () => {
    const url = new URL(
      await authorizeUrl(
        {} as never,
        { inputData: { redirect_uri: 'https://zapier.com/cb', state: 's1' } } as unknown as Bundle,
      ),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://marketplace.gohighlevel.com/v2/oauth/chooselocation');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: process.env.CLIENT_ID,
      redirect_uri: 'https://zapier.com/cb',
      state: 's1',
    });
    // Named by GHL's scope table though the OpenAPI files omit them.
    expect(url.searchParams.get('scope')!.split(' ')).toEqual(
      expect.arrayContaining(['contacts.write', 'snapshots.readonly', 'oauth.readonly', 'oauth.write']),
    );
  });

  it('follows GHL_BASE_URL so the sandbox serves the consent page too', async () => {
    process.env.GHL_BASE_URL = 'http://127.0.0.1:4010/';
    const url = await authorizeUrl({} as never, { inputData: {} } as unknown as Bundle);
    expect(url.startsWith('http://127.0.0.1:4010/v2/oauth/chooselocation?')).toBe(true);
  });

  it('exchanges the code form-encoded and keeps the kind of connection, its IDs and when the token expires', async () => {
    const call = expectCall('POST', '/oauth/token', 200, {
      access_token: 'new-access',
      refresh_token: 'new-refresh',
      expires_in: 86399,
      scope: 'contacts.readonly',
      userType: 'Location',
      locationId: LOCATION_ID,
      companyId: 'comp1',
      userId: 'user1',
    });
    const before = Date.now();
    const result = (await perform('getAccessToken', {
      inputData: { code: 'the-code', redirect_uri: 'https://zapier.com/cb' },
      authData: {},
    })) as Record<string, string>;
    expect(result).toEqual({
      access_token: 'new-access',
      refresh_token: 'new-refresh',
      expires_at: expect.any(String),
      userType: 'Location',
      scope: 'contacts.readonly',
      locationId: LOCATION_ID,
      companyId: 'comp1',
      userId: 'user1',
    });
    expect(Date.parse(result.expires_at!) - before).toBeGreaterThanOrEqual(86_398_000);
    const sent = call.sent[0]!;
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sent.headers.authorization).toBeUndefined();
    // No user_type: GHL answers the kind the admin picked on the consent page.
    expect(formOf(sent.body)).toEqual({
      client_id: process.env.CLIENT_ID,
      client_secret: 'client-secret-for-tests',
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'https://zapier.com/cb',
    });
  });

  it('keeps an agency install as an agency connection, with its company and approved sub-accounts', async () => {
    expectCall('POST', '/oauth/token', 200, {
      access_token: 'agency-access',
      refresh_token: 'agency-refresh',
      expires_in: 86399,
      userType: 'Company',
      companyId: COMPANY_ID,
      approvedLocations: [LOCATION_ID, 'loc2'],
      isBulkInstallation: true,
      userId: 'user1',
    });
    const result = await perform('getAccessToken', { inputData: { code: 'c', redirect_uri: 'x' }, authData: {} });
    expect(result).toMatchObject({
      userType: 'Company',
      companyId: COMPANY_ID,
      approvedLocations: `${LOCATION_ID},loc2`,
    });
    expect(result).not.toHaveProperty('locationId');
  });

  it('refreshes with the single-use refresh token, for the connection kind, and hands back the rotated one', async () => {
    const call = expectCall('POST', '/oauth/token', 200, {
      access_token: 'a2',
      refresh_token: 'r2',
      expires_in: 86399,
      userType: 'Company',
      companyId: COMPANY_ID,
    });
    const result = await perform('refreshAccessToken', {
      authData: { ...agencyAuthData(), refresh_token: 'r1' },
      inputData: {},
    });
    expect(result).toMatchObject({
      access_token: 'a2',
      refresh_token: 'r2',
      userType: 'Company',
      companyId: COMPANY_ID,
    });
    expect(formOf(call.sent[0]!.body)).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: 'r1',
      user_type: 'Company',
    });
  });

  it.each([400, 401])('a refresh token GHL refuses (HTTP %i, invalid_grant) asks to reconnect', async (status) => {
    expectCall('POST', '/oauth/token', status, { error: 'invalid_grant', error_description: 'refresh token revoked' });
    const error = await failureOf(
      perform('refreshAccessToken', { authData: { refresh_token: 'revoked-token' }, inputData: {} }),
    );
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toMatch(/reconnect your HighLevel account/);
    expect(error.message).not.toMatch(/revoked-token|client-secret-for-tests/);
  });

  it("blames a wrong client secret on the app's owner, never marking the user's connection stale", async () => {
    expectCall('POST', '/oauth/token', 401, { error: 'invalid_client', message: 'Invalid client credentials' });
    const error = await failureOf(perform('refreshAccessToken', { authData: { refresh_token: 'r1' }, inputData: {} }));
    expect(error.name).not.toMatch(/ExpiredAuthError|RefreshAuthError/);
    expect(error).toMatchObject({
      code: 'OAuthClientRejected',
      status: 500,
      message: expect.stringMatching(
        /app's OAuth credentials \(CLIENT_ID and CLIENT_SECRET\).*for the app's owner to fix/,
      ),
    });
  });

  it("names missing OAuth credentials as the owner's setting, before anything is sent", async () => {
    delete process.env.CLIENT_SECRET;
    const error = await failureOf(perform('refreshAccessToken', { authData: { refresh_token: 'r1' }, inputData: {} }));
    expect(error).toMatchObject({
      code: 'MissingAppSetting',
      message: expect.stringMatching(/missing its CLIENT_SECRET environment variable/),
    });
  });

  it.each([
    [503, 'Error'],
    [429, 'ThrottledError'],
  ])('an outage or a throttle on the token call (HTTP %i) is retried, not a dead connection', async (status, name) => {
    expectCall('POST', '/oauth/token', status, { message: 'busy' });
    const error = await failureOf(perform('refreshAccessToken', { authData: { refresh_token: 'r1' }, inputData: {} }));
    expect(error.name).toBe(name === 'Error' ? 'AppError' : name);
    expect(error.name).not.toBe('ExpiredAuthError');
  });

  it('hides the client secret and the refresh token even when GHL echoes them back', async () => {
    const echo =
      'bad request: client_secret=client-secret-for-tests refresh_token=rt-echoed-0001 jwt eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.c2lnbmF0dXJlMTIz';
    expectCall('POST', '/oauth/token', 400, { message: echo });
    const error = await failureOf(
      perform('refreshAccessToken', { authData: { refresh_token: 'rt-echoed-0001' }, inputData: {} }),
    );
    expect(error.message).toContain('bad request: client_secret=[redacted] refresh_token=[redacted] jwt [redacted]');
  });

  it('a refused code exchange says to connect again, without leaking the secret', async () => {
    expectCall('POST', '/oauth/token', 400, { error: 'invalid_grant', message: 'Invalid code' });
    const error = await failureOf(
      perform('getAccessToken', { inputData: { code: 'bad', redirect_uri: 'x' }, authData: {} }),
    );
    expect(error.message).toMatch(/did not accept the sign-in.*"Invalid code"/);
    expect(error.message).not.toContain('client-secret-for-tests');
  });

  it('tests a sub-account connection on its location and labels it with the location name', async () => {
    const call = expectCall('GET', `/locations/${LOCATION_ID}`, 200, {
      location: { id: LOCATION_ID, name: 'Mokoena Dental' },
    });
    const bundle = { authData: { access_token: 'tok', locationId: LOCATION_ID }, inputData: {} } as unknown as Bundle;
    const location = await appTester(App.authentication!.test as never, bundle);
    expect(call.sent[0]!.headers.authorization).toBe('Bearer tok');
    expect(
      await appTester(
        App.authentication!.connectionLabel as never,
        { ...bundle, inputData: location } as unknown as Bundle,
      ),
    ).toBe('Mokoena Dental');
  });

  it('tests an agency connection on the company and labels it with the agency name', async () => {
    expectCall('GET', `/companies/${COMPANY_ID}`, 200, { company: { id: COMPANY_ID, name: 'Mokoena Group' } });
    const bundle = { authData: agencyAuthData(), inputData: {} } as unknown as Bundle;
    const company = await appTester(App.authentication!.test as never, bundle);
    expect(
      await appTester(
        App.authentication!.connectionLabel as never,
        { ...bundle, inputData: company } as unknown as Bundle,
      ),
    ).toBe('Mokoena Group (agency)');
  });

  it('leaves 401s to the app rather than to core (autoRefresh off)', () => {
    expect(App.authentication!.type).toBe('oauth2');
    expect(App.authentication!.oauth2Config!.autoRefresh).toBe(false);
    expect(nock.isDone()).toBe(true);
    expect(API).toBe('https://services.leadconnectorhq.com');
  });
});

describe("GHL's 401s, told apart", () => {
  it('an expired or unknown access token ("Invalid JWT") asks Zapier to refresh', async () => {
    expectCall('GET', `/contacts/${C}`, 401, { statusCode: 401, message: 'Invalid JWT' });
    expect((await failureOf(run('triggers', 'get_contact', { contactId: C }))).name).toBe('RefreshAuthError');
  });

  it('a missing scope fails at once, naming the permission and how to grant it', async () => {
    expectCall('POST', `/contacts/${C}/notes`, 401, {
      statusCode: 401,
      message: 'The token is not authorized for this scope.',
    });
    const error = await failureOf(run('creates', 'create_contact_note', { contactId: C, body: 'hi' }));
    expect(error.name).not.toBe('RefreshAuthError');
    expect(error).toMatchObject({
      code: 'MissingScope',
      message: expect.stringMatching(/permission "contacts.write".*Reconnect your HighLevel account/),
    });
  });

  it.each(['This route is not yet supported by the IAM Service', 'This AuthClass is not yet supported'])(
    '"%s" says which kind of connection the step needs',
    async (said) => {
      expectCall('GET', `/contacts/${C}`, 401, { statusCode: 401, message: said });
      const error = await failureOf(run('triggers', 'get_contact', { contactId: C }));
      expect(error).toMatchObject({
        code: 'WrongConnectionKind',
        message: expect.stringMatching(/only to a connection made by an agency admin/),
      });
    },
  );

  it('a token known to have expired is never sent: Zapier refreshes first', async () => {
    const bundle = {
      authData: { ...authData(), expires_at: new Date(Date.now() + 60_000).toISOString() },
      inputData: { contactId: C },
    };
    const perform = (App.triggers!.get_contact!.operation as { perform: unknown }).perform;
    expect((await failureOf(appTester(perform as never, bundle as unknown as Bundle))).name).toBe('RefreshAuthError');
  });
});

describe('agency connections', () => {
  const agencyBundle = (inputData: Record<string, unknown>) =>
    ({ authData: agencyAuthData(), inputData, meta: {} }) as unknown as Bundle;
  const perform = (kind: 'triggers' | 'creates', key: string) =>
    (App[kind]![key]!.operation as { perform: unknown }).perform as never;

  it('run a sub-account step on a location token minted once and kept for the next step', async () => {
    const mint = expectCall('POST', '/oauth/locationToken', 200, {
      access_token: 'location-token-1',
      expires_in: 86399,
      userType: 'Location',
      locationId: LOCATION_ID,
    });
    const first = expectCall('GET', `/contacts/${C}`, 200, { contact: { id: C } });
    const second = expectCall('GET', `/contacts/${C}/notes`, 200, { notes: [] });
    await appTester(perform('triggers', 'get_contact'), agencyBundle({ locationId: LOCATION_ID, contactId: C }), true);
    await appTester(perform('triggers', 'get_contact_notes'), agencyBundle({ locationId: LOCATION_ID, contactId: C }));
    expect(mint.sent).toHaveLength(1);
    expect(formOf(mint.sent[0]!.body)).toEqual({ companyId: COMPANY_ID, locationId: LOCATION_ID });
    expect(mint.sent[0]!.headers.authorization).toBe('Bearer access-token-for-tests');
    expect(first.sent[0]!.headers.authorization).toBe('Bearer location-token-1');
    expect(second.sent[0]!.headers.authorization).toBe('Bearer location-token-1');
  });

  it('show a Sub-account dropdown on sub-account steps, and only there', async () => {
    const fields = App.creates!.create_contact!.operation.inputFields as unknown[];
    const picker = fields[0] as (z: unknown, bundle: Bundle) => Promise<unknown>;
    await expect(appTester(picker as never, agencyBundle({}))).resolves.toEqual([
      expect.objectContaining({
        key: 'locationId',
        label: 'Sub-account',
        required: true,
        dynamic: 'list_installed_locations.id.name',
      }),
    ]);
    await expect(
      appTester(picker as never, { authData: authData(), inputData: {} } as unknown as Bundle),
    ).resolves.toEqual([]);
    expect((App.triggers!.get_company!.operation.inputFields as unknown[]).some((f) => typeof f === 'function')).toBe(
      false,
    );
  });

  it('list the installed sub-accounts for that dropdown, for this app', async () => {
    process.env.CLIENT_ID = '6578278e879ad2646715ba9c-lq4sd3z8';
    const call = expectCall('GET', '/oauth/installedLocations', 200, {
      locations: [{ _id: LOCATION_ID, name: 'Mokoena Dental', address: '1 Main Rd', isInstalled: true }],
    });
    await expect(appTester(perform('triggers', 'list_installed_locations'), agencyBundle({}))).resolves.toEqual([
      expect.objectContaining({ id: LOCATION_ID, name: 'Mokoena Dental' }),
    ]);
    expect(call.sent[0]!.query).toMatchObject({
      companyId: COMPANY_ID,
      appId: '6578278e879ad2646715ba9c',
      isInstalled: 'true',
    });
    expect(call.sent[0]!.headers.authorization).toBe('Bearer access-token-for-tests');
  });

  it('a sub-account step without a picked sub-account is refused before anything is sent', async () => {
    const error = await failureOf(appTester(perform('triggers', 'get_contact'), agencyBundle({ contactId: C })));
    expect(error.message).toMatch(/"Sub-account" is required/);
  });

  it('an agency step on a sub-account connection is refused before anything is sent', async () => {
    const error = await failureOf(
      appTester(perform('triggers', 'get_company'), { authData: authData(), inputData: {} } as unknown as Bundle),
    );
    expect(error).toMatchObject({
      code: 'NeedsAgencyConnection',
      message: expect.stringMatching(/"Updated Company" needs a HighLevel connection made by an agency admin/),
    });
  });
});
