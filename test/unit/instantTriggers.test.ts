import nock from 'nock';
import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import { checkRelayRequest } from '../../src/relay/protocol';
import { LOCATION_ID, agencyAuthData, appTester, authData, failureOf } from '../helpers';

/** The app's side of the relay: what performSubscribe and performUnsubscribe send, and how a refusal reads. */
const RELAY = 'https://relay.example.test';
const SECRET = 'unit-test-relay-secret-0123456789abcdef';
const HOOK = 'https://hooks.zapier.com/hooks/standard/1/abc/';

beforeEach(() => {
  process.env.RELAY_URL = RELAY;
  process.env.RELAY_SECRET = SECRET;
});
afterEach(() => {
  delete process.env.RELAY_URL;
  delete process.env.RELAY_SECRET;
});

const operation = (key: string) =>
  (App.triggers as unknown as Record<string, { operation: Record<string, never> }>)[key]!.operation;
const subscribe = (key: string, inputData: Record<string, unknown>, auth: Record<string, unknown> = authData()) =>
  appTester(operation(key).performSubscribe, { authData: auth, inputData, targetUrl: HOOK } as unknown as Bundle);

describe('subscribing at the relay', () => {
  it('sends the hook URL, the location, the event and the filters, signed, and never the GHL token', async () => {
    let seen: { headers: Record<string, string | string[] | undefined>; body: string } | undefined;
    nock(RELAY)
      .post('/subscriptions')
      .reply(function (_uri, body) {
        seen = { headers: this.req.headers, body: JSON.stringify(body) };
        return [201, { id: 'sub-1' }];
      });
    expect(await subscribe('opportunity_status_changed', { status: 'won' })).toEqual({ id: 'sub-1' });
    expect(JSON.parse(seen!.body)).toEqual({
      hookUrl: HOOK,
      locationId: LOCATION_ID,
      eventType: 'OpportunityStatusUpdate',
      filters: { status: 'won' },
    });
    expect(seen!.headers.authorization).toBeUndefined();
    expect(checkRelayRequest(SECRET, seen!.headers, 'POST', '/subscriptions', seen!.body)).toBe('ok');
  });

  it('on an agency connection, subscribes the sub-account picked in the step', async () => {
    nock(RELAY)
      .post('/subscriptions', (body: { locationId: string }) => body.locationId === 'pickedSubAccount000')
      .reply(201, { id: 'sub-2' });
    expect(await subscribe('new_contact_instant', { locationId: 'pickedSubAccount000' }, agencyAuthData())).toEqual({
      id: 'sub-2',
    });
  });

  it('refuses a bad filter before anything is sent', async () => {
    const error = await failureOf(subscribe('opportunity_status_changed', { status: 'maybe' }));
    expect(error.message).toMatch(/"Status"/);
    expect(nock.isDone()).toBe(true);
  });

  it("reads a relay refusal as the app owner's problem and a relay outage as a retry, never as the connection", async () => {
    nock(RELAY).post('/subscriptions').reply(401, { message: 'The request is signed wrongly' });
    const refused = await failureOf(subscribe('new_contact_instant', {}));
    expect(refused).toMatchObject({ code: 'RelayRefused', message: expect.stringMatching(/contact the app's owner/) });
    nock(RELAY).post('/subscriptions').reply(503, {});
    const down = await failureOf(subscribe('new_contact_instant', {}));
    expect(down.name).toBe('ThrottledError');
  });

  it('unsubscribes the subscription the relay named', async () => {
    nock(RELAY).delete('/subscriptions/sub-9').reply(200, { removed: true });
    const answer = await appTester(operation('new_contact_instant').performUnsubscribe, {
      authData: authData(),
      inputData: {},
      subscribeData: { id: 'sub-9' },
    } as unknown as Bundle);
    expect(answer).toEqual({ removed: true });
  });
});
