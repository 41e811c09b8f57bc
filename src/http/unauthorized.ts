import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import { isAgencyConnection } from '../auth/connection';
import { expiredTokenMessage } from '../auth/localRun';
import { forgetLocationToken } from '../auth/locationToken';
import { scopeFor } from '../auth/scopes';
import { ghlMessage, parseErrorBody } from './ghlError';
import { redact, secretsOf } from './redact';

/**
 * GHL answers 401 for several causes, and only an expired or unknown access token is cured by
 * a refresh: the others would spend the single-use refresh token and then fail all the same.
 * Their words, as GHL writes them:
 * - `Invalid JWT` (expired or unknown access token): refresh;
 * - `The token is not authorized for this scope.`: a permission the connection lacks;
 * - `This route is not yet supported by the IAM Service` / `This AuthClass is not yet supported`:
 *   the route is not served to this kind of token (agency or sub-account).
 */
const MISSING_SCOPE = /not authorized for this scope/i;
const WRONG_TOKEN_KIND = /not yet supported by the IAM Service|AuthClass is not yet supported/i;
const DEAD_TOKEN = /invalid jwt|jwt (is )?expired|token (has )?expired|invalid (access )?token/i;

const pathOf = (response: HttpResponse) => new URL(response.request.url ?? '/', 'http://ghl').pathname;

export const unauthorizedError = async (z: ZObject, response: HttpResponse, bundle: Bundle): Promise<Error> => {
  const said = ghlMessage(parseErrorBody(response));
  const quoted = said ? ` HighLevel said: "${redact(said, secretsOf(bundle))}" (HTTP 401).` : ' (HTTP 401).';
  if (MISSING_SCOPE.test(said)) {
    const scope = scopeFor(response.request.method ?? 'GET', pathOf(response));
    const permission = scope ? `the HighLevel permission "${scope}"` : 'a HighLevel permission';
    return new z.errors.Error(
      `This step needs ${permission}, which this connection was not granted. Reconnect your HighLevel account in Zapier (My Apps → Reconnect) and allow it on HighLevel's consent page.${quoted}`,
      'MissingScope',
      403,
    );
  }
  if (WRONG_TOKEN_KIND.test(said)) {
    const needs = isAgencyConnection(bundle)
      ? "a connection made for one sub-account (location), and this one is an agency connection. Add a connection in Zapier and choose the sub-account on HighLevel's consent page"
      : "a connection made by an agency admin, and this one is a sub-account's. Add a connection in Zapier and choose the agency on HighLevel's consent page";
    return new z.errors.Error(`HighLevel serves this step only to ${needs}.${quoted}`, 'WrongConnectionKind', 403);
  }
  if (DEAD_TOKEN.test(said) || !said) {
    const subAccount = response.request.middlewareData?.locationTokenFor as string | undefined;
    // A dead location token is minted again on the next try, after Zapier's refresh.
    if (subAccount) await forgetLocationToken(z, subAccount);
    return new z.errors.RefreshAuthError(expiredTokenMessage());
  }
  return new z.errors.Error(
    `HighLevel refused this request, and renewing the sign-in would not help.${quoted}`,
    'Unauthorized',
    403,
  );
};
