import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { marketplaceBaseUrl } from '../config';
import { callGhl, locationIdOf } from '../http/client';
import { SCOPES } from './scopes';
import { exchangeCode, refreshTokens } from './tokenExchange';

export const authorizeUrl = async (_z: ZObject, bundle: Bundle): Promise<string> => {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.CLIENT_ID ?? '',
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
    scope: SCOPES.join(' '),
    state: String(bundle.inputData.state ?? ''),
  });
  return `${marketplaceBaseUrl()}/oauth/chooselocation?${params.toString()}`;
};

/** The test call: reads the connected location, whose name labels the connection. */
export const testAuth = async (z: ZObject, bundle: Bundle) => {
  const data = await callGhl<{ location?: Record<string, unknown> }>(z, {
    endpoint: { method: 'GET', path: '/locations/{locationId}' },
    values: { locationId: locationIdOf(bundle) },
  });
  return data?.location ?? {};
};

export const connectionLabel = async (_z: ZObject, bundle: Bundle): Promise<string> => {
  const { name, id } = bundle.inputData as { name?: string; id?: string };
  return name || id || 'HighLevel location';
};

export const authentication = {
  type: 'oauth2',
  oauth2Config: {
    authorizeUrl,
    getAccessToken: exchangeCode,
    refreshAccessToken: refreshTokens,
    autoRefresh: true,
    scope: SCOPES.join(' '),
    enablePkce: false,
  },
  fields: [],
  test: testAuth,
  connectionLabel,
} satisfies Authentication;
