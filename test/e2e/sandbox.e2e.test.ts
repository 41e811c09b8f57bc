import { connectedApp } from './sandboxApp';

/** The sandbox behaves like GHL where the app's error handling depends on it. */
describe('sandbox rules and faults', () => {
  let app: Awaited<ReturnType<typeof connectedApp>>;
  beforeEach(async () => {
    app = await connectedApp();
  });
  afterEach(() => app.stop());

  const get = (path: string, headers: Record<string, string>) => fetch(`${app.sandbox.url}${path}`, { headers });

  it('requires the Version header and a valid bearer token', async () => {
    const path = `/locations/${app.authData.locationId}`;
    expect((await get(path, { Authorization: `Bearer ${app.authData.access_token}` })).status).toBe(400);
    expect((await get(path, { Version: '2021-07-28', Authorization: 'Bearer nope' })).status).toBe(401);
    const ok = await get(path, { Version: '2021-07-28', Authorization: `Bearer ${app.authData.access_token}` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-ratelimit-max')).toBe('100');
    expect(ok.headers.get('x-ratelimit-interval-milliseconds')).toBe('10000');
  });

  it('answers 429 past 100 requests in 10 s, which the app turns into a throttle with that window', async () => {
    const headers = { Version: '2021-07-28', Authorization: `Bearer ${app.authData.access_token}` };
    const statuses = [];
    for (let i = 0; i < 100; i += 1) statuses.push((await get(`/locations/${app.authData.locationId}/tags`, headers)).status);
    expect(new Set(statuses)).toEqual(new Set([200]));
    await expect(app.run('triggers', 'list_tags', {})).rejects.toMatchObject({ name: 'ThrottledError', message: expect.stringContaining('"delay":10') });
  });

  it('injects server faults: a failed read is handed back to Zapier to retry', async () => {
    await fetch(`${app.sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ status: 503, count: 1 }) });
    await expect(app.run('triggers', 'list_tags', {})).rejects.toMatchObject({ name: 'ThrottledError', message: expect.stringContaining('HTTP 503') });
    await expect(app.run('triggers', 'list_tags', {})).resolves.toEqual(expect.any(Array));
  });
});
