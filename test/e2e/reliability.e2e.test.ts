import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { connectedApp, eachTestConnected } from './sandboxApp';
import { runLikeZapier } from './zapierRuntime';

/** What the app promises under faults, shown against the sandbox over real loopback HTTP. */
describe('reliability under faults', () => {
  const app = eachTestConnected();

  const fault = (body: Record<string, unknown>) =>
    fetch(`${app().sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ count: 1, ...body }) });
  const state = () => app().sandbox.locations.get(SANDBOX_LOCATION_ID)!;
  const newContact = () => app().run('creates', 'create_contact', { firstName: 'Thandi', email: 'thandi@example.com' });

  describe('auth', () => {
    it('refreshes an expired access token once, retries the step, and keeps the rotated refresh token', async () => {
      const before = { ...app().authData };
      app().sandbox.oauth.expireAll();
      const tags = await runLikeZapier(app(), 'triggers', 'list_tags', {});
      expect(tags).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'sms-lead' })]));
      expect(app().sandbox.oauth.tokenRequests.refresh_token).toBe(1);
      expect(app().authData.refresh_token).not.toBe(before.refresh_token);
      expect(app().authData.access_token).not.toBe(before.access_token);
      // The rotated token works for the next refresh; the old one is spent.
      app().sandbox.oauth.expireAll();
      await expect(runLikeZapier(app(), 'triggers', 'list_tags', {})).resolves.toEqual(expect.any(Array));
      expect(app().sandbox.oauth.tokenRequests.refresh_token).toBe(2);
    });

    it('ends a revoked connection with "reconnect your HighLevel account", after one refresh attempt', async () => {
      await fetch(`${app().sandbox.url}/__sandbox/revoke-tokens`, { method: 'POST' });
      await expect(runLikeZapier(app(), 'triggers', 'list_tags', {})).rejects.toMatchObject({
        name: 'ExpiredAuthError',
        message: expect.stringContaining('reconnect your HighLevel account'),
      });
      expect(app().sandbox.oauth.tokenRequests.refresh_token).toBe(1);
    });
  });

  describe('server errors and dropped connections', () => {
    it.each([500, 502, 503])(
      'hands a read that got HTTP %i back to Zapier to retry, saying what happened',
      async (status) => {
        await fault({ status });
        await expect(app().run('triggers', 'list_tags', {})).rejects.toMatchObject({
          name: 'ThrottledError',
          message: expect.stringMatching(new RegExp(`temporary problem \\(HTTP ${status}\\).*Zapier will try again`)),
        });
        await expect(app().run('triggers', 'list_tags', {})).resolves.toEqual(expect.any(Array));
      },
    );

    it.each([500, 502, 503])('tells the user to check before replaying a write that got HTTP %i', async (status) => {
      const contact = await newContact();
      await fault({ status });
      await expect(
        app().run('creates', 'create_contact_note', { contactId: contact.id, body: 'SMS: hi' }),
      ).rejects.toMatchObject({
        message: expect.stringMatching(
          new RegExp(`HTTP ${status}.*check in HighLevel whether the change was made before replaying`),
        ),
      });
    });

    it('retries a read whose connection dropped', async () => {
      await fault({ drop: true });
      await expect(app().run('triggers', 'list_tags', {})).rejects.toMatchObject({
        name: 'ThrottledError',
        message: expect.stringContaining('dropped before it answered'),
      });
    });

    it('does not write twice when a write was carried out but its answer was lost', async () => {
      const contact = await newContact();
      await fault({ drop: true, afterHandling: true });
      const task = { contactId: contact.id, title: 'Call back', dueDate: '2026-12-01 09:00' };
      await expect(app().run('creates', 'create_contact_task', task)).rejects.toMatchObject({
        message: expect.stringContaining('may or may not have been made: check in HighLevel before replaying'),
      });
      // Not a ThrottledError: Zapier does not replay it on its own, so there is exactly one task.
      expect([...state().tasks.values()].filter((t) => t.contactId === contact.id)).toHaveLength(1);
    });

    it('uses upsert-style writes where GHL offers them, so a replay changes nothing twice', async () => {
      await fault({ drop: true, afterHandling: true });
      const lead = { email: 'lerato@example.com', firstName: 'Lerato', city: 'Durban' };
      await expect(app().run('creates', 'upsert_contact', lead)).rejects.toMatchObject({
        message: expect.stringContaining('dropped'),
      });
      const replayed = await app().run('creates', 'upsert_contact', lead);
      expect([...state().contacts.values()].filter((c) => c.email === 'lerato@example.com')).toHaveLength(1);
      expect(replayed).toMatchObject({ firstName: 'Lerato', city: 'Durban' });

      await fault({ drop: true, afterHandling: true });
      await expect(app().run('creates', 'add_contact_tags', { contactId: replayed.id, tags: 'vip' })).rejects.toThrow(
        /dropped/,
      );
      await app().run('creates', 'add_contact_tags', { contactId: replayed.id, tags: 'vip' });
      expect(state().contacts.get(replayed.id)!.tags).toEqual(['vip']);
    });

    it('refuses to create a duplicate on replay and names the contact that exists', async () => {
      await fault({ drop: true, afterHandling: true });
      await expect(newContact()).rejects.toThrow(/dropped/);
      const [existing] = [...state().contacts.values()].filter((c) => c.email === 'thandi@example.com');
      await expect(newContact()).rejects.toThrow(new RegExp(`existing contact ID ${existing!.id}`));
      expect([...state().contacts.values()].filter((c) => c.email === 'thandi@example.com')).toHaveLength(1);
    });
  });

  describe("GHL's limits and habits", () => {
    it('a spent daily quota makes Zapier wait long, saying so', async () => {
      const limited = await connectedApp({ rateLimit: { max: 100, windowMs: 10_000, daily: 3 } });
      try {
        for (let i = 0; i < 3; i += 1) await limited.run('triggers', 'list_tags', {});
        const failure = limited.run('triggers', 'list_tags', {});
        await expect(failure).rejects.toMatchObject({
          name: 'ThrottledError',
          message: expect.stringMatching(/daily limit for this app on this location \(3 requests a day\) is spent/),
        });
        await expect(failure).rejects.toMatchObject({ message: expect.stringMatching(/"delay":(9\d\d|\d{4,})/) });
      } finally {
        await limited.stop();
      }
    });

    it('"No conversation provider found" right after a send is retried by Zapier, and the retry sends', async () => {
      let now = Date.parse('2026-12-01T08:00:00Z');
      const chatty = await connectedApp({ providerSettleMs: 5_000, clock: () => now });
      try {
        const contact = await chatty.run('creates', 'create_contact', {
          firstName: 'Thandi',
          phone: '+27 82 555 0143',
        });
        await chatty.run('creates', 'send_message', {
          contactId: contact.id,
          type: 'SMS',
          message: 'Thanks, see you Monday.',
        });
        const again = { contactId: contact.id, type: 'SMS', message: 'Reply STOP to opt out.' };
        await expect(chatty.run('creates', 'send_message', again)).rejects.toMatchObject({
          name: 'ThrottledError',
          message: expect.stringContaining('No conversation provider found'),
        });
        now += 10_000;
        await expect(chatty.run('creates', 'send_message', again)).resolves.toMatchObject({
          messageId: expect.any(String),
        });
      } finally {
        await chatty.stop();
      }
    });
  });
});
