import type { Bundle } from 'zapier-platform-core';

// GHL's access and refresh tokens are JWTs; anything shaped like one is hidden too.
const JWT = /\beyJ[\w-]{6,}\.[\w-]{6,}\.[\w-]{6,}/g;
const MIN_SECRET_LENGTH = 8;

/** The secrets a message must never show: this connection's tokens and the app's client secret. */
export const secretsOf = (bundle?: Pick<Bundle, 'authData'>, extra: Array<string | undefined> = []): string[] =>
  [bundle?.authData?.access_token, bundle?.authData?.refresh_token, process.env.CLIENT_SECRET, ...extra].filter(
    (s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH,
  );

/** Text from GHL (or anywhere) with every known secret and token-shaped string replaced. */
export const redact = (text: string, secrets: string[]): string =>
  secrets.reduce((t, secret) => t.split(secret).join('[redacted]'), text).replace(JWT, '[redacted]');
