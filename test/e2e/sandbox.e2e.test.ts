import { approveByFormPost } from '../../sandbox/consent';
import { connectedApp, eachTestConnected } from './sandboxApp';

/** The sandbox behaves like GHL where the app's error handling depends on it. */
describe('sandbox rules and faults', () => {
  const app = eachTestConnected();

  const get = (path: string, headers: Record<string, string>) => fetch(`${app().sandbox.url}${path}`, { headers });

  it('requires the Version header and a valid bearer token', async () => {
    const path = `/locations/${app().authData.locationId}`;
    expect((await get(path, { Authorization: `Bearer ${app().authData.access_token}` })).status).toBe(400);
    expect((await get(path, { Version: '2021-07-28', Authorization: 'Bearer nope' })).status).toBe(401);
    const ok = await get(path, { Version: '2021-07-28', Authorization: `Bearer ${app().authData.access_token}` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-ratelimit-max')).toBe('100');
    expect(ok.headers.get('x-ratelimit-interval-milliseconds')).toBe('10000');
  });

  it('validates each request against the GHL spec and answers 422 with every broken rule', async () => {
    const send = (path: string, version: string, body: unknown) =>
      fetch(`${app().sandbox.url}${path}`, {
        method: 'POST',
        headers: {
          Version: version,
          Authorization: `Bearer ${app().authData.access_token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      });
    const offSpec = await send('/contacts/', '2021-07-28', { locationId: app().authData.locationId, nickname: 'TJ' });
    expect(offSpec.status).toBe(422);
    expect(await offSpec.json()).toMatchObject({ message: [expect.stringContaining('(nickname)')] });
    const [contact] = [...app().sandbox.locations.get(app().authData.locationId)!.contacts.keys()];
    const noTitle = await send(`/contacts/${contact}/tasks`, '2021-04-15', {
      dueDate: '2026-12-01T09:00:00Z',
      completed: false,
    });
    expect(noTitle.status).toBe(422);
    const rules = ((await noTitle.json()) as { message: string[] }).message.join(' | ');
    expect(rules).toMatch(/required property 'title'/);
    expect(rules).toMatch(/version must be equal to one of the allowed values/);
    expect(app().sandbox.counts.get('POST /contacts/')).toBeUndefined();
  });

  it('answers 429 past 100 requests in 10 s, which the app turns into a throttle with that window', async () => {
    const headers = { Version: '2021-07-28', Authorization: `Bearer ${app().authData.access_token}` };
    const statuses = [];
    for (let i = 0; i < 100; i += 1)
      statuses.push((await get(`/locations/${app().authData.locationId}/tags`, headers)).status);
    expect(new Set(statuses)).toEqual(new Set([200]));
    await expect(app().run('triggers', 'list_tags', {})).rejects.toMatchObject({
      name: 'ThrottledError',
      message: expect.stringContaining('"delay":10'),
    });
  });

  it('injects server faults: a failed read is handed back to Zapier to retry', async () => {
    await fetch(`${app().sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ status: 503, count: 1 }),
    });
    await expect(app().run('triggers', 'list_tags', {})).rejects.toMatchObject({
      name: 'ThrottledError',
      message: expect.stringContaining('HTTP 503'),
    });
    await expect(app().run('triggers', 'list_tags', {})).resolves.toEqual(expect.any(Array));
  });

  it('refuses, as GHL does, a call the connection was not granted the scope for', async () => {
    const readOnly = await connectedApp({}, (consentUrl) => {
      const url = new URL(consentUrl);
      url.searchParams.set('scope', 'contacts.readonly');
      return approveByFormPost(url.toString());
    });
    try {
      await expect(readOnly.run('triggers', 'new_contact', {})).resolves.toEqual(expect.any(Array));
      await expect(
        readOnly.run('creates', 'create_contact', { firstName: 'Sam', email: 'sam@example.com' }),
      ).rejects.toThrow(/permission \\"contacts.write\\"/);
      expect(readOnly.sandbox.counts.get('POST /contacts/')).toBeUndefined();
    } finally {
      await readOnly.stop();
    }
  });
});
