import type { Bundle, ZObject } from 'zapier-platform-core';
import { type Audience, isAgencyConnection, subAccountOf } from './connection';
import { locationToken } from './locationToken';

/** A token this close to its expiry is renewed before a request is sent with it. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/** Refuses to send with the connection's token once it is known to be dead: Zapier refreshes first. */
export const refreshIfExpiring = (z: Pick<ZObject, 'errors'>, bundle: Pick<Bundle, 'authData'>) => {
  const expiresAt = Date.parse(String(bundle.authData?.expires_at ?? ''));
  if (Number.isFinite(expiresAt) && expiresAt - EXPIRY_MARGIN_MS <= Date.now()) {
    throw new z.errors.RefreshAuthError(
      'The HighLevel access token has expired: Zapier renews it and runs the step again.',
    );
  }
};

/**
 * The bearer a request goes with: the connection's own token, or on an agency connection a
 * sub-account step's location token (`locationTokenFor` names that sub-account).
 */
export const bearerFor = async (
  z: ZObject,
  bundle: Bundle,
  audience: Audience = 'subAccount',
): Promise<{ authorization: string; locationTokenFor?: string }> => {
  refreshIfExpiring(z, bundle);
  if (audience === 'subAccount' && isAgencyConnection(bundle)) {
    const subAccount = subAccountOf(bundle);
    return { authorization: `Bearer ${await locationToken(z, bundle, subAccount)}`, locationTokenFor: subAccount };
  }
  return { authorization: `Bearer ${String(bundle.authData?.access_token ?? '')}` };
};
