import nock from 'nock';
import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import { authorizeUrl } from '../../src/auth/authentication';
import { API, LOCATION_ID, appTester, expectCall, failureOf } from '../helpers';

const oauth = App.authentication!.oauth2Config! as unknown as Record<string, (z: unknown, bundle: Bundle) => Promise<unknown>>;
const perform = (name: string, bundle: Record<string, unknown>) => appTester(oauth[name] as never, bundle as unknown as Bundle);

describe('OAuth2 with GHL', () => {
  const env = { ...process.env };
  beforeEach(() => {
    process.env.CLIENT_ID = 'client-id-for-tests';
    process.env.CLIENT_SECRET = 'client-secret-for-tests';
  });
  afterEach(() => {
    process.env = { ...env };
  });

  it('sends people to the marketplace consent page with the scopes the app needs', async () => {
    const url = new URL(await authorizeUrl({} as never, { inputData: { redirect_uri: 'https://zapier.com/cb', state: 's1' } } as unknown as Bundle));
    expect(`${url.origin}${url.pathname}`).toBe('https://marketplace.gohighlevel.com/oauth/chooselocation');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'client-id-for-tests',
      redirect_uri: 'https://zapier.com/cb',
      state: 's1',
    });
    expect(url.searchParams.get('scope')!.split(' ')).toEqual(
      expect.arrayContaining(['contacts.readonly', 'contacts.write', 'locations.readonly', 'locations/tags.readonly', 'users.readonly']),
    );
  });

  it('follows GHL_BASE_URL so the sandbox serves the consent page too', async () => {
    process.env.GHL_BASE_URL = 'http://127.0.0.1:4010/';
    const url = await authorizeUrl({} as never, { inputData: {} } as unknown as Bundle);
    expect(url.startsWith('http://127.0.0.1:4010/oauth/chooselocation?')).toBe(true);
  });

  it('exchanges the code form-encoded with user_type=Location and keeps the location', async () => {
    const call = expectCall('POST', '/oauth/token', 200, {
      access_token: 'new-access',
      refresh_token: 'new-refresh',
      expires_in: 86399,
      locationId: LOCATION_ID,
      companyId: 'comp1',
      userId: 'user1',
      userType: 'Location',
    });
    const result = await perform('getAccessToken', { inputData: { code: 'the-code', redirect_uri: 'https://zapier.com/cb' }, authData: {} });
    expect(result).toEqual({ access_token: 'new-access', refresh_token: 'new-refresh', locationId: LOCATION_ID, companyId: 'comp1', userId: 'user1' });
    const sent = call.sent[0]!;
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sent.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(sent.body as string))).toEqual({
      client_id: 'client-id-for-tests',
      client_secret: 'client-secret-for-tests',
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'https://zapier.com/cb',
      user_type: 'Location',
    });
  });

  it('refreshes with the single-use refresh token and hands back the rotated one', async () => {
    const call = expectCall('POST', '/oauth/token', 200, { access_token: 'a2', refresh_token: 'r2', locationId: LOCATION_ID });
    const result = await perform('refreshAccessToken', { authData: { access_token: 'a1', refresh_token: 'r1', locationId: LOCATION_ID }, inputData: {} });
    expect(result).toEqual({ access_token: 'a2', refresh_token: 'r2', locationId: LOCATION_ID });
    const form = Object.fromEntries(new URLSearchParams(call.sent[0]!.body as string));
    expect(form).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'r1', user_type: 'Location' });
  });

  it.each([400, 401])('a refused refresh (HTTP %i) asks to reconnect instead of refreshing again', async (status) => {
    expectCall('POST', '/oauth/token', status, { error: 'invalid_grant', error_description: 'refresh token revoked' });
    const error = await failureOf(perform('refreshAccessToken', { authData: { refresh_token: 'revoked' }, inputData: {} }));
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).toMatch(/reconnect your HighLevel account/);
    expect(error.message).not.toMatch(/revoked"|client-secret-for-tests/);
  });

  it('a refused code exchange says to connect again, without leaking the secret', async () => {
    expectCall('POST', '/oauth/token', 400, { error: 'invalid_grant', message: 'Invalid code' });
    const error = await failureOf(perform('getAccessToken', { inputData: { code: 'bad', redirect_uri: 'x' }, authData: {} }));
    expect(error.message).toMatch(/did not accept the sign-in.*"Invalid code"/);
    expect(error.message).not.toContain('client-secret-for-tests');
  });

  it('hides the client secret and the refresh token even when GHL echoes them back', async () => {
    const echo = 'bad request: client_secret=client-secret-for-tests refresh_token=rt-echoed-0001 jwt eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.c2lnbmF0dXJlMTIz';
    expectCall('POST', '/oauth/token', 400, { message: echo });
    const error = await failureOf(perform('refreshAccessToken', { authData: { refresh_token: 'rt-echoed-0001' }, inputData: {} }));
    expect(error.message).toContain('bad request: client_secret=[redacted] refresh_token=[redacted] jwt [redacted]');
  });

  it('tests the connection on the location and labels it with the location name', async () => {
    const call = expectCall('GET', `/locations/${LOCATION_ID}`, 200, { location: { id: LOCATION_ID, name: 'Mokoena Dental' } });
    const bundle = { authData: { access_token: 'tok', locationId: LOCATION_ID }, inputData: {} } as unknown as Bundle;
    const location = await appTester(App.authentication!.test as never, bundle);
    expect(call.sent[0]!.headers.authorization).toBe('Bearer tok');
    const label = await appTester(App.authentication!.connectionLabel as never, { ...bundle, inputData: location } as unknown as Bundle);
    expect(label).toBe('Mokoena Dental');
  });

  it('is configured for auto-refresh', () => {
    expect(App.authentication!.type).toBe('oauth2');
    expect(App.authentication!.oauth2Config!.autoRefresh).toBe(true);
    expect(nock.isDone()).toBe(true);
    expect(API).toBe('https://services.leadconnectorhq.com');
  });
});
