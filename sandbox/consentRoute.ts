import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONSENT_PATH, type Installable, consentPage, grantFromConsent } from './consentPage';
import { send } from './http';
import type { OAuthServer } from './oauth';

/** GHL's consent page (GET) and the admin's choice (POST), answered with a redirect carrying the code. */
export const serveConsent = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  raw: string,
  oauth: OAuthServer,
  installable: Installable,
): boolean => {
  if (url.pathname !== CONSENT_PATH) return false;
  if (req.method === 'GET') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(consentPage(url.searchParams, installable));
    return true;
  }
  if (req.method !== 'POST') return false;
  const form = new URLSearchParams(raw);
  const grant = grantFromConsent(form, installable);
  if (!grant) {
    send(res, 400, { statusCode: 400, message: 'Choose a sub-account or the agency' });
    return true;
  }
  const code = oauth.issueCode(grant, form.get('redirect_uri') ?? '');
  const target = new URL(form.get('redirect_uri') ?? '');
  target.searchParams.set('code', code);
  if (form.get('state')) target.searchParams.set('state', form.get('state')!);
  res.writeHead(302, { Location: target.toString() });
  res.end();
  return true;
};
