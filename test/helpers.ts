import nock from 'nock';
import zapier, { type Bundle } from 'zapier-platform-core';
import App from '../index';
import { specOf } from '../src/operations/define';

export const API = 'https://services.leadconnectorhq.com';
export const LOCATION_ID = 've9EPM428h8vShlRW1KT';
export const COMPANY_ID = '5DP4iH6HLkQsiKESj6rh';
export const ACCESS_TOKEN = 'access-token-for-tests';

// The app's SMS conversation provider, as the owner sets it with `zapier-platform env:set`.
process.env.GHL_CONVERSATION_PROVIDER_ID ??= 'provider-for-tests';
// The marketplace app's client ID: its app ID, a dash and a suffix, as GHL issues them.
process.env.CLIENT_ID ??= '6578278e879ad2646715ba9c-tests001';

export const appTester = zapier.createAppTester(App);

export const authData = () => ({
  access_token: ACCESS_TOKEN,
  refresh_token: 'refresh-token-for-tests',
  locationId: LOCATION_ID,
  companyId: COMPANY_ID,
});

/** An agency connection's auth data, as GHL's token answer for a Company install gives it. */
export const agencyAuthData = () => ({
  access_token: ACCESS_TOKEN,
  refresh_token: 'refresh-token-for-tests',
  userType: 'Company',
  companyId: COMPANY_ID,
});

export const bundleWith = (
  inputData: Record<string, unknown>,
  meta: Record<string, unknown> = {},
  auth: Record<string, unknown> = authData(),
): Bundle => ({ authData: auth, inputData, meta }) as unknown as Bundle;

export interface SentRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/**
 * Answers one request to GHL with `reply` and records exactly what was sent, so a test can
 * assert method, path, query, headers and body.
 */
export const expectCall = (
  method: string,
  path: string,
  status: number,
  reply: unknown,
  headers: Record<string, string> = {},
) => {
  const sent: SentRequest[] = [];
  const scope = nock(API)
    .intercept((uri) => uri.split('?')[0] === path, method)
    .reply(function (uri, body) {
      const url = new URL(uri, API);
      sent.push({
        method: this.req.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: this.req.headers,
        body:
          String(this.req.headers['content-type']).includes('json') && typeof body === 'string'
            ? JSON.parse(body)
            : body || undefined,
      });
      return [status, reply as nock.Body, headers];
    });
  return { scope, sent };
};

export const operation = (kind: 'triggers' | 'searches' | 'creates', key: string) => {
  const op = (App as unknown as Record<string, Record<string, { operation: { perform: unknown } }>>)[kind]?.[key];
  if (!op) throw new Error(`No ${kind} ${key}`);
  return op.operation.perform as (z: unknown, bundle: Bundle) => Promise<unknown>;
};

const definitionOf = (kind: 'triggers' | 'searches' | 'creates', key: string) =>
  (App as unknown as Record<string, Record<string, object>>)[kind]![key]!;

/** The connection an operation runs on in tests: a sub-account's, or an agency's for agency-only ones. */
export const authDataFor = (definition: object) =>
  specOf(definition)?.audience === 'agency' ? agencyAuthData() : authData();

export const run = (
  kind: 'triggers' | 'searches' | 'creates',
  key: string,
  inputData: Record<string, unknown>,
  meta: Record<string, unknown> = {},
) => appTester(operation(kind, key) as never, bundleWith(inputData, meta, authDataFor(definitionOf(kind, key))));

// Jest gives each test file its own module registry but one process: each file activates
// nock for itself and restores the real network stack when it ends.
beforeAll(() => {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});
// Each test starts with an empty z.cache, as a new connection would: no test reads another's leftovers.
beforeEach(() => {
  (appTester as unknown as { zcacheTestObj: Record<string, unknown> }).zcacheTestObj = {};
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  if (pending.length) throw new Error(`Expected requests not sent: ${pending.join(', ')}`);
});

export interface Failure {
  name: string;
  message: string;
  code?: string;
  status?: number;
  delay?: number;
}

/** What an operation threw, with Zapier's JSON-wrapped error messages unwrapped. */
export const failureOf = async (promise: Promise<unknown>): Promise<Failure> => {
  try {
    await promise;
  } catch (error) {
    const { name, message } = error as Error;
    try {
      const parsed = JSON.parse(message) as Omit<Failure, 'name'>;
      return { name, ...parsed };
    } catch {
      return { name, message };
    }
  }
  throw new Error('Expected the operation to fail, but it succeeded');
};
