import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import { apiBaseUrl, requiredSettings } from '../config';
import { ghlMessage, parseErrorBody } from '../http/ghlError';
import { isNetworkFailure } from '../http/networkFailure';
import { redact, secretsOf } from '../http/redact';

/**
 * What the app keeps in Zapier's auth data from GHL's token answer. `userType` tells an agency
 * connection (`Company`: `companyId`, `approvedLocations`) from a sub-account one
 * (`Location`: `locationId`); `expires_at` (ISO 8601) lets a step refresh before sending a
 * request with a token known to be dead. Zapier keeps auth data as strings.
 */
export interface TokenSet {
  access_token: string;
  refresh_token: string;
  expires_at: string;
  userType: 'Company' | 'Location';
  scope?: string;
  locationId?: string;
  companyId?: string;
  userId?: string;
  approvedLocations?: string;
}

interface TokenAnswer {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number;
  userType?: string;
  scope?: string;
  locationId?: string;
  companyId?: string;
  userId?: string;
  approvedLocations?: string[];
  error?: string;
}

/** GHL's access tokens last about a day (`expires_in: 86399`); this is assumed when none is given. */
const DEFAULT_LIFETIME_SECONDS = 86_399;

export const RECONNECT =
  'Your HighLevel connection has expired or was revoked: reconnect your HighLevel account in Zapier (My Apps), then turn the Zap back on.';

/** GHL refused the refresh token itself (revoked, uninstalled, expired, or already used). */
export class RefusedRefreshToken extends Error {
  override name = 'RefusedRefreshToken';
}

/** Token answers GHL gives when the app's own OAuth credentials are wrong: the owner's to fix. */
const isClientRejected = (response: HttpResponse, answer: TokenAnswer) =>
  answer.error === 'invalid_client' ||
  (response.status === 401 && /client/i.test(ghlMessage(parseErrorBody(response))));

const ownerError = (z: ZObject, detail: string) =>
  new z.errors.Error(
    `HighLevel refused this app's OAuth credentials (CLIENT_ID and CLIENT_SECRET).${detail} This is for the app's owner to fix in the app's settings; your HighLevel connection itself is fine and needs nothing from you.`,
    'OAuthClientRejected',
    500,
  );

const toTokenSet = (answer: TokenAnswer, now: number): TokenSet => {
  const lifetime = Number(answer.expires_in) > 0 ? Number(answer.expires_in) : DEFAULT_LIFETIME_SECONDS;
  const set: TokenSet = {
    access_token: answer.access_token!,
    refresh_token: answer.refresh_token!,
    expires_at: new Date(now + lifetime * 1000).toISOString(),
    userType: answer.userType === 'Company' ? 'Company' : 'Location',
  };
  if (answer.scope) set.scope = answer.scope;
  if (answer.locationId) set.locationId = answer.locationId;
  if (answer.companyId) set.companyId = answer.companyId;
  if (answer.userId) set.userId = answer.userId;
  if (answer.approvedLocations?.length) set.approvedLocations = answer.approvedLocations.join(',');
  return set;
};

type Grant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri: string }
  | { grant_type: 'refresh_token'; refresh_token: string; user_type: 'Company' | 'Location' };

/**
 * POST /oauth/token, form-encoded, as GHL asks. Each way it can fail is told apart, because
 * Zapier marks a connection stale for most 4xx answers to a refresh: only a refresh token GHL
 * really refuses may end that way; the app's wrong credentials, a throttle or an outage never.
 */
export const requestTokens = async (z: ZObject, grant: Grant): Promise<TokenSet> => {
  const form = new URLSearchParams({ ...clientCredentials(), ...grant });
  const secrets = secretsOf(undefined, ['code' in grant ? grant.code : grant.refresh_token]);
  let response: HttpResponse;
  try {
    response = await z.request({
      method: 'POST',
      url: `${apiBaseUrl()}/oauth/token`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
      skipThrowForStatus: true,
    });
  } catch (error) {
    if (isNetworkFailure(error))
      throw new z.errors.Error(
        "HighLevel's sign-in service could not be reached: Zapier will try again.",
        'TokenServiceUnavailable',
        503,
      );
    throw error;
  }
  const answer = (response.data ?? {}) as TokenAnswer;
  if (response.status < 400 && answer.access_token && answer.refresh_token) return toTokenSet(answer, Date.now());

  const said = redact(ghlMessage(parseErrorBody(response)), secrets);
  const detail = said ? ` HighLevel said: "${said}" (HTTP ${response.status}).` : ` (HTTP ${response.status}).`;
  if (isClientRejected(response, answer)) throw ownerError(z, detail);
  if (response.status === 429)
    throw new z.errors.ThrottledError(
      "HighLevel's sign-in service is rate limiting this app: Zapier will try again shortly.",
      10,
    );
  if (response.status >= 500 || response.status < 400) {
    throw new z.errors.Error(
      `HighLevel's sign-in service had a temporary problem: Zapier will try again.${detail}`,
      'TokenServiceUnavailable',
      503,
    );
  }
  if (grant.grant_type === 'refresh_token') throw new RefusedRefreshToken(`${RECONNECT}${detail}`);
  throw new z.errors.Error(
    `HighLevel did not accept the sign-in: try connecting again.${detail}`,
    'OAuthCodeExchange',
    response.status,
  );
};

const clientCredentials = () => {
  const { CLIENT_ID, CLIENT_SECRET } = requiredSettings(
    ['CLIENT_ID', 'CLIENT_SECRET'],
    "the HighLevel marketplace app's OAuth credentials",
  );
  return { client_id: CLIENT_ID, client_secret: CLIENT_SECRET };
};

/**
 * The code exchange asks for no token kind: GHL answers the kind the admin chose on the
 * consent page (the agency, or one sub-account).
 */
export const exchangeCode = (z: ZObject, bundle: Bundle) =>
  requestTokens(z, {
    grant_type: 'authorization_code',
    code: String(bundle.inputData.code ?? ''),
    redirect_uri: String(bundle.inputData.redirect_uri ?? ''),
  });

/** One refresh with this refresh token (GHL's are single use: each answer brings a new one). */
export const refreshWith = (z: ZObject, authData: Record<string, unknown>, refreshToken: string) =>
  requestTokens(z, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    user_type: authData.userType === 'Company' ? 'Company' : 'Location',
  });
