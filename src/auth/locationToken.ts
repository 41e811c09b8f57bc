import type { Bundle, ZObject } from 'zapier-platform-core';
import { API_VERSION, apiBaseUrl } from '../config';
import { companyIdOf } from './connection';
import { connectionCache } from './connectionCache';

/**
 * An agency connection works on a sub-account with a location token, minted from the agency
 * token (POST /oauth/locationToken) and kept in the connection's shared cache until shortly
 * before it expires, so the steps of one sub-account do not mint one each.
 */
/** Dropped this long before GHL's expiry, so no request leaves with a token about to die. */
const MARGIN_SECONDS = 300;

interface CachedToken {
  token: string;
  expiresAt: number;
}

const cacheKey = (locationId: string) => `ghl-location-token-${locationId}`;

export const forgetLocationToken = (z: ZObject, locationId: string) => connectionCache(z).delete(cacheKey(locationId));

export const locationToken = async (z: ZObject, bundle: Bundle, locationId: string): Promise<string> => {
  const cached = await connectionCache(z).get<CachedToken>(cacheKey(locationId));
  if (cached && cached.expiresAt - MARGIN_SECONDS * 1000 > Date.now()) return cached.token;
  const response = await z.request({
    method: 'POST',
    url: `${apiBaseUrl()}/oauth/locationToken`,
    headers: {
      Version: API_VERSION.standard,
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      Authorization: `Bearer ${String(bundle.authData.access_token ?? '')}`,
    },
    body: new URLSearchParams({ companyId: companyIdOf(bundle), locationId }).toString(),
  });
  const { access_token: token, expires_in: lifetime } = (response.data ?? {}) as {
    access_token?: string;
    expires_in?: number;
  };
  if (!token)
    throw new z.errors.Error(
      `HighLevel gave no access token for sub-account ${locationId}: check that the app is installed there.`,
      'NoLocationToken',
      502,
    );
  const seconds = Number(lifetime) > 0 ? Number(lifetime) : 86_399;
  const keepFor = Math.max(1, Math.floor(seconds - MARGIN_SECONDS));
  await connectionCache(z).set(
    cacheKey(locationId),
    { token, expiresAt: Date.now() + seconds * 1000 } satisfies CachedToken,
    keepFor,
  );
  return token;
};
