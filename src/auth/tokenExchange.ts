import type { Bundle, ZObject } from 'zapier-platform-core';
import { apiBaseUrl, requiredSettings } from '../config';
import { ghlMessage, parseErrorBody } from '../http/ghlError';
import { redact, secretsOf } from '../http/redact';

/** Fields of GHL's token answer that the app keeps in Zapier's auth data. */
export interface TokenSet {
  access_token: string;
  refresh_token: string;
  locationId?: string;
  companyId?: string;
  userId?: string;
}

const clientCredentials = () => {
  const { CLIENT_ID, CLIENT_SECRET } = requiredSettings(['CLIENT_ID', 'CLIENT_SECRET'], "the HighLevel marketplace app's OAuth credentials");
  return { client_id: CLIENT_ID, client_secret: CLIENT_SECRET };
};

const RECONNECT =
  'Your HighLevel connection has expired or was revoked: reconnect your HighLevel account in Zapier (My Apps), then turn the Zap back on.';

/**
 * POST /oauth/token, form-encoded, as GHL asks. The answer is read here, not by the error
 * middleware, so that a refused refresh ends in "reconnect", never in another refresh.
 */
export const requestTokens = async (
  z: ZObject,
  grant: { grant_type: 'authorization_code'; code: string; redirect_uri: string } | { grant_type: 'refresh_token'; refresh_token: string },
): Promise<TokenSet> => {
  const form = new URLSearchParams({ ...clientCredentials(), ...grant, user_type: 'Location' });
  let response;
  try {
    response = await z.request({
      method: 'POST',
      url: `${apiBaseUrl()}/oauth/token`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
      skipThrowForStatus: true,
    });
  } catch (error) {
    // With autoRefresh, core turns any 401 into RefreshAuthError: on the token call itself
    // that would loop, so it becomes a plain "reconnect".
    if ((error as Error).name === 'RefreshAuthError') throw new z.errors.ExpiredAuthError(RECONNECT);
    throw error;
  }
  const data = (response.data ?? {}) as Partial<TokenSet>;
  if (response.status >= 400 || !data.access_token || !data.refresh_token) {
    const said = redact(ghlMessage(parseErrorBody(response)), secretsOf(undefined, ['code' in grant ? grant.code : grant.refresh_token]));
    const detail = said ? ` HighLevel said: "${said}" (HTTP ${response.status}).` : ` (HTTP ${response.status}).`;
    if (grant.grant_type === 'refresh_token') throw new z.errors.ExpiredAuthError(`${RECONNECT}${detail}`);
    throw new z.errors.Error(`HighLevel did not accept the sign-in: try connecting again.${detail}`, 'OAuthCodeExchange', response.status);
  }
  return {
    access_token: data.access_token,
    refresh_token: data.refresh_token,
    ...(data.locationId ? { locationId: data.locationId } : {}),
    ...(data.companyId ? { companyId: data.companyId } : {}),
    ...(data.userId ? { userId: data.userId } : {}),
  };
};

export const exchangeCode = (z: ZObject, bundle: Bundle) =>
  requestTokens(z, {
    grant_type: 'authorization_code',
    code: String(bundle.inputData.code ?? ''),
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
  });

/** GHL refresh tokens are single-use: the new one returned here replaces the old in Zapier. */
export const refreshTokens = (z: ZObject, bundle: Bundle) =>
  requestTokens(z, { grant_type: 'refresh_token', refresh_token: String(bundle.authData.refresh_token ?? '') });
