import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { marketplaceBaseUrl } from '../config';
import { callGhl } from '../http/client';
import type { Endpoint } from '../http/endpoint';
import { companyIdOf, isAgencyConnection, subAccountOf } from './connection';
import { SCOPES } from './scopes';
import { refreshShared } from './sharedRefresh';
import { exchangeCode } from './tokenExchange';

/** GHL's consent page, where the admin picks the agency or one of its sub-accounts. */
export const authorizeUrl = async (_z: ZObject, bundle: Bundle): Promise<string> => {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.CLIENT_ID ?? '',
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
    scope: SCOPES.join(' '),
    state: String(bundle.inputData.state ?? ''),
  });
  return `${marketplaceBaseUrl()}/v2/oauth/chooselocation?${params.toString()}`;
};

/** What the connection test reads: the agency itself, or the connected sub-account. */
export const TEST_CALLS = {
  agency: { method: 'GET', path: '/companies/{companyId}' },
  subAccount: { method: 'GET', path: '/locations/{locationId}' },
} as const satisfies Record<string, Endpoint>;

/** The test call, whose answer's name labels the connection (the agency's, or the sub-account's). */
export const testAuth = async (z: ZObject, bundle: Bundle) => {
  if (isAgencyConnection(bundle)) {
    const data = await callGhl<{ company?: Record<string, unknown> }>(z, bundle, {
      endpoint: TEST_CALLS.agency,
      values: { companyId: companyIdOf(bundle) },
      audience: 'agency',
    });
    return data?.company ?? {};
  }
  const data = await callGhl<{ location?: Record<string, unknown> }>(z, bundle, {
    endpoint: TEST_CALLS.subAccount,
    values: { locationId: subAccountOf(bundle) },
  });
  return data?.location ?? {};
};

export const connectionLabel = async (_z: ZObject, bundle: Bundle): Promise<string> => {
  const { name, id } = bundle.inputData as { name?: string; id?: string };
  const label = name || id || 'HighLevel';
  return isAgencyConnection(bundle) ? `${label} (agency)` : label;
};

export const authentication = {
  type: 'oauth2',
  oauth2Config: {
    authorizeUrl,
    getAccessToken: exchangeCode,
    refreshAccessToken: refreshShared,
    // Off on purpose: core would refresh on every 401, and most of GHL's 401s are not an
    // expired token. `mapGhlErrors` raises RefreshAuthError for those that are.
    autoRefresh: false,
    scope: SCOPES.join(' '),
    enablePkce: false,
  },
  fields: [],
  test: testAuth,
  connectionLabel,
} satisfies Authentication;
