import { approveByFormPost } from '../../sandbox/consent';
import { AGENCY_CHOICE } from '../../sandbox/consentPage';
import { SANDBOX_COMPANY_ID, SANDBOX_SECOND_LOCATION_ID } from '../../sandbox/server';
import { type ZapierRuntime, startZapierRuntime } from '../support/zapierRuntime';
import { type ConnectedApp, connectedApp } from './sandboxApp';

/**
 * The connection under Zapier's own runtime (core's Lambda handler, a faithful shared cache,
 * Zapier's refresh loop) against the sandbox, which does OAuth as GHL does: single-use refresh
 * tokens, each 401 in GHL's words, agency tokens that mint location tokens.
 */
describe('the HighLevel connection under Zapier', () => {
  let runtime: ZapierRuntime;
  let app: ConnectedApp | undefined;
  let now = Date.parse('2026-12-01T09:00:00Z');
  beforeAll(async () => {
    runtime = await startZapierRuntime();
  });
  afterAll(() => runtime.close());
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  const connect = async (approve?: (consentUrl: string) => Promise<string>) => {
    app = await connectedApp({ accessTokenSeconds: 3600, clock: () => now }, approve);
    return { app, zap: runtime.connection(`conn-${Math.random()}`, app.authData) };
  };
  const agencyInstall = (consentUrl: string) => approveByFormPost(consentUrl, AGENCY_CHOICE);
  const tokenCalls = () => ({ ...app!.sandbox.oauth.tokenRequests });

  it('10 concurrent steps on an expired token all succeed with one refresh, and the rotated token keeps working', async () => {
    const { app, zap } = await connect();
    now += 3601_000;
    const runs = await Promise.all(Array.from({ length: 10 }, () => zap.step('triggers', 'list_tags')));
    expect(runs).toHaveLength(10);
    for (const tags of runs)
      expect(tags).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'sms-lead' })]));
    expect(app.sandbox.oauth.tokenRequests.refresh_token).toBe(1);
    // What Zapier stored is GHL's live pair: the next refresh with it succeeds.
    now += 3601_000;
    await expect(zap.step('triggers', 'list_tags')).resolves.toEqual(expect.any(Array));
    expect(app.sandbox.oauth.tokenRequests.refresh_token).toBe(2);
  });

  it('a missing scope fails at once, naming it, with no token call', async () => {
    const { zap } = await connect((consentUrl) => {
      const url = new URL(consentUrl);
      url.searchParams.set('scope', url.searchParams.get('scope')!.replace('contacts.write', ''));
      return approveByFormPost(url.toString());
    });
    const before = tokenCalls();
    const contacts = await zap.step<Array<{ id: string }>>('triggers', 'new_contact');
    expect(contacts).toEqual(expect.any(Array));
    await expect(zap.step('creates', 'create_contact', { firstName: 'Sam', email: 'sam@example.com' })).rejects.toThrow(
      /needs the HighLevel permission \\"contacts.write\\", which this connection was not granted.*Reconnect/,
    );
    expect(tokenCalls()).toEqual(before);
    expect(app!.sandbox.counts.get('POST /contacts/')).toBeUndefined();
  });

  it('a revoked connection ends in the reconnect message after one refused refresh', async () => {
    const { app, zap } = await connect();
    await fetch(`${app.sandbox.url}/__sandbox/revoke-tokens`, { method: 'POST' });
    await expect(zap.step('triggers', 'list_tags')).rejects.toMatchObject({
      name: 'ExpiredAuthError',
      message: expect.stringContaining('reconnect your HighLevel account'),
    });
    expect(app.sandbox.oauth.tokenRequests.refresh_token).toBe(1);
  });

  it("a wrong client secret gives the owner's message and never marks the connection stale", async () => {
    const { app, zap } = await connect();
    now += 3601_000;
    process.env.CLIENT_SECRET = 'not-the-secret';
    const failure = zap.step('triggers', 'list_tags');
    await expect(failure).rejects.toThrow(
      /app's OAuth credentials \(CLIENT_ID and CLIENT_SECRET\).*for the app's owner to fix/,
    );
    await expect(failure).rejects.not.toMatchObject({
      name: expect.stringMatching(/ExpiredAuthError|RefreshAuthError/),
    });
    expect(app.sandbox.oauth.tokenRequests.invalidClient).toBe(1);
  });

  it('an agency connection runs sub-account steps on one minted location token, and agency steps on its own', async () => {
    const { app, zap } = await connect(agencyInstall);
    expect(app.authData).toMatchObject({ userType: 'Company', companyId: SANDBOX_COMPANY_ID });
    expect(app.authData).not.toHaveProperty('locationId');
    await expect(zap.invoke('authentication.test', { authData: app.authData, inputData: {} })).resolves.toMatchObject({
      id: SANDBOX_COMPANY_ID,
    });

    const installed = await zap.step<Array<{ id: string; name: string }>>('triggers', 'list_installed_locations');
    expect(installed.map((l) => l.id)).toContain(SANDBOX_SECOND_LOCATION_ID);
    const created = await zap.step<{ id: string }>('creates', 'create_contact', {
      locationId: SANDBOX_SECOND_LOCATION_ID,
      firstName: 'Lindiwe',
      email: 'lindiwe@example.com',
    });
    await zap.step('creates', 'add_contact_tags', {
      locationId: SANDBOX_SECOND_LOCATION_ID,
      contactId: created.id,
      tags: 'agency-lead',
    });
    expect(app.sandbox.oauth.tokenRequests.locationToken).toBe(1);
    expect(app.sandbox.locations.get(SANDBOX_SECOND_LOCATION_ID)!.contacts.get(created.id)).toMatchObject({
      tags: ['agency-lead'],
    });

    await expect(zap.step('triggers', 'get_company')).resolves.toEqual([
      expect.objectContaining({ id: SANDBOX_COMPANY_ID }),
    ]);
    await expect(zap.step('creates', 'create_contact', { firstName: 'No Sub-account' })).rejects.toThrow(
      /\\"Sub-account\\" is required/,
    );
  });

  it("a gateway's repeated delivery of one SMS is logged once, even when both runs overlap", async () => {
    const { app, zap } = await connect();
    const contact = await zap.step<{ id: string }>('creates', 'create_contact', {
      firstName: 'Thandi',
      phone: '082 123 4567',
    });
    const sms = { contactId: contact.id, message: 'Yes', altId: 'smsglobal-77' };
    const [first, second] = await Promise.all([
      zap.step('creates', 'add_inbound_message', sms),
      zap.step('creates', 'add_inbound_message', sms),
    ]);
    expect(second).toEqual(first);
    await expect(zap.step('creates', 'add_inbound_message', sms)).resolves.toEqual(first);
    const state = app.sandbox.locations.get(app.authData.locationId!)!;
    expect([...state.messages.values()].filter((m) => m.contactId === contact.id)).toHaveLength(1);
  });

  it('a sub-account connection refuses an agency step without sending it', async () => {
    const { app, zap } = await connect();
    const served = [...app.sandbox.counts.values()].reduce((a, b) => a + b, 0);
    await expect(zap.step('triggers', 'get_company')).rejects.toThrow(
      /needs a HighLevel connection made by an agency admin/,
    );
    expect([...app.sandbox.counts.values()].reduce((a, b) => a + b, 0)).toBe(served);
  });
});
