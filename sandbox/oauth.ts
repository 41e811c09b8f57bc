import { newId } from './store';

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

/**
 * What an admin allowed on the consent page: the app installed on the agency (`Company`, with
 * every sub-account it may mint location tokens for) or on one sub-account (`Location`).
 */
export interface Grant {
  userType: 'Company' | 'Location';
  companyId: string;
  locationId?: string;
  approvedLocations?: string[];
  userId: string;
  /** The scopes the app asked for. */
  scopes: string[];
}

type Answer = [number, Record<string, unknown>];

/**
 * OAuth like GHL's: one-time codes, access tokens that expire, refresh tokens consumed the moment
 * they are used (each refresh returns a new one; a second use, however close, is refused), agency
 * tokens that mint location tokens, and `invalid_client` for wrong app credentials.
 */
export class OAuthServer {
  private codes = new Map<string, Grant & { redirectUri: string }>();
  private accessTokens = new Map<string, Grant & { expiresAt: number }>();
  private refreshTokens = new Map<string, Grant>();
  /** Token calls by kind, so tests can assert "refreshed exactly once", "one location token". */
  readonly tokenRequests = { authorization_code: 0, refresh_token: 0, locationToken: 0, invalidClient: 0 };

  constructor(
    readonly client: OAuthClient,
    private readonly accessTokenSeconds: number,
    private readonly clock: () => number,
  ) {}

  issueCode(grant: Grant, redirectUri: string): string {
    const code = newId();
    this.codes.set(code, { ...grant, redirectUri });
    return code;
  }

  /** Answers POST /oauth/token. */
  token(form: URLSearchParams): Answer {
    if (form.get('client_id') !== this.client.clientId || form.get('client_secret') !== this.client.clientSecret) {
      this.tokenRequests.invalidClient += 1;
      return [401, { error: 'invalid_client', error_description: 'Invalid client credentials' }];
    }
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      this.tokenRequests.authorization_code += 1;
      const code = form.get('code') ?? '';
      const grant = this.codes.get(code);
      this.codes.delete(code);
      if (!grant) return [400, { error: 'invalid_grant', error_description: 'Invalid or used authorization code' }];
      const { redirectUri: _, ...granted } = grant;
      return [200, this.issueTokens(granted)];
    }
    if (grantType === 'refresh_token') {
      this.tokenRequests.refresh_token += 1;
      const token = form.get('refresh_token') ?? '';
      // Consumed before anything else: two refreshes racing with one token cannot both win.
      const grant = this.refreshTokens.get(token);
      this.refreshTokens.delete(token);
      if (!grant) return [400, { error: 'invalid_grant', error_description: 'Invalid refresh token' }];
      return [200, this.issueTokens(grant)];
    }
    return [400, { error: 'unsupported_grant_type', error_description: `grant_type ${grantType} is not supported` }];
  }

  /** POST /oauth/locationToken: an agency token mints a sub-account's token. */
  mintLocationToken(agency: Grant, companyId: string, locationId: string): Answer {
    this.tokenRequests.locationToken += 1;
    if (agency.userType !== 'Company')
      return [401, { statusCode: 401, message: 'This route is not yet supported by the IAM Service' }];
    if (companyId !== agency.companyId)
      return [400, { statusCode: 400, message: 'companyId does not match the token' }];
    if (!agency.approvedLocations?.includes(locationId))
      return [400, { statusCode: 400, message: 'The app is not installed on this location' }];
    const grant: Grant = { userType: 'Location', companyId, locationId, userId: agency.userId, scopes: agency.scopes };
    const access_token = this.newAccessToken(grant);
    return [
      200,
      {
        access_token,
        token_type: 'Bearer',
        expires_in: this.accessTokenSeconds,
        scope: grant.scopes.join(' '),
        locationId,
        userId: grant.userId,
      },
    ];
  }

  private newAccessToken(grant: Grant) {
    const access_token = `at_${newId()}`;
    this.accessTokens.set(access_token, { ...grant, expiresAt: this.clock() + this.accessTokenSeconds * 1000 });
    return access_token;
  }

  private issueTokens(grant: Grant) {
    const access_token = this.newAccessToken(grant);
    const refresh_token = `rt_${newId()}`;
    this.refreshTokens.set(refresh_token, grant);
    const { scopes, userType, companyId, userId, locationId, approvedLocations } = grant;
    const common = {
      access_token,
      refresh_token,
      token_type: 'Bearer',
      expires_in: this.accessTokenSeconds,
      scope: scopes.join(' '),
      userType,
      companyId,
      userId,
    };
    return userType === 'Company'
      ? { ...common, approvedLocations, isBulkInstallation: true }
      : { ...common, locationId };
  }

  /** The grant behind a bearer token, or why it is refused. */
  authenticate(header: string | undefined): (Grant & { expiresAt: number }) | 'missing' | 'expired' | 'unknown' {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (!token) return 'missing';
    const grant = this.accessTokens.get(token);
    if (!grant) return 'unknown';
    return grant.expiresAt <= this.clock() ? 'expired' : grant;
  }

  /** Expires every access token now (a fault switch for tests). */
  expireAll() {
    for (const grant of this.accessTokens.values()) grant.expiresAt = 0;
  }

  /** Revokes every token, as when a user uninstalls the app from the location. */
  revokeAll() {
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }

  /** Issues a token directly, for tests and the demo that skip the consent page. */
  grantDirectly(grant: Grant) {
    return this.issueTokens(grant);
  }
}
