import { newId } from './store';

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

interface Grant {
  locationId: string;
  companyId: string;
  userId: string;
  /** What the person allowed on the consent page: the scopes the app asked for. */
  scopes: string[];
}

/**
 * OAuth like GHL's: one-time codes, access tokens that expire, and refresh tokens that are
 * single-use (each refresh returns a new one and retires the old).
 */
export class OAuthServer {
  private codes = new Map<string, Grant & { redirectUri: string }>();
  private accessTokens = new Map<string, Grant & { expiresAt: number }>();
  private refreshTokens = new Map<string, Grant>();
  /** POST /oauth/token calls by grant type, so tests can assert "refreshed exactly once". */
  readonly tokenRequests = { authorization_code: 0, refresh_token: 0 };

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

  /** Answers POST /oauth/token: [status, body]. */
  token(form: URLSearchParams): [number, Record<string, unknown>] {
    if (form.get('client_id') !== this.client.clientId || form.get('client_secret') !== this.client.clientSecret) {
      return [401, { error: 'invalid_client', message: 'Invalid client credentials' }];
    }
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code' || grantType === 'refresh_token') this.tokenRequests[grantType] += 1;
    let grant: Grant | undefined;
    if (grantType === 'authorization_code') {
      const code = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? '');
      if (!code) return [400, { error: 'invalid_grant', message: 'Invalid or used authorization code' }];
      grant = code;
    } else if (grantType === 'refresh_token') {
      const token = form.get('refresh_token') ?? '';
      grant = this.refreshTokens.get(token);
      this.refreshTokens.delete(token);
      if (!grant) return [401, { error: 'invalid_grant', message: 'Invalid refresh token' }];
    } else {
      return [400, { error: 'unsupported_grant_type', message: `grant_type ${grantType} is not supported` }];
    }
    return [200, this.issueTokens(grant)];
  }

  private issueTokens(grant: Grant) {
    const access_token = `at_${newId()}`;
    const refresh_token = `rt_${newId()}`;
    this.accessTokens.set(access_token, { ...grant, expiresAt: this.clock() + this.accessTokenSeconds * 1000 });
    this.refreshTokens.set(refresh_token, grant);
    const { scopes, ...ids } = grant;
    return { access_token, refresh_token, token_type: 'Bearer', expires_in: this.accessTokenSeconds, userType: 'Location', scope: scopes.join(' '), ...ids };
  }

  /** The grant behind a bearer token, or why it is refused. */
  authenticate(header: string | undefined): Grant | 'missing' | 'expired' | 'unknown' {
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
