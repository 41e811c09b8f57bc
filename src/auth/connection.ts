import { type Bundle, errors } from 'zapier-platform-core';
import { noConnectionError } from './localRun';

/**
 * What a HighLevel connection is, from GHL's token answer (`userType`): a sub-account (one
 * location, `locationId`) or an agency (`Company`: `companyId`, and the sub-accounts where the
 * app is installed). An agency connection works on a sub-account through a location token,
 * picked per step with the Sub-account field (input key `locationId`).
 */
export type ConnectionKind = 'agency' | 'subAccount';

/** Which token a request needs: the connection's own (agency), or a sub-account's. */
export type Audience = 'agency' | 'subAccount' | 'either';

/** The input key of the Sub-account picker agency connections show on sub-account steps. */
export const SUB_ACCOUNT_INPUT = 'locationId';

type AuthData = Record<string, unknown> | undefined;

export const connectionKind = (authData: AuthData): ConnectionKind =>
  authData?.userType === 'Company' ? 'agency' : 'subAccount';

export const isAgencyConnection = (bundle: Pick<Bundle, 'authData'>): boolean =>
  connectionKind(bundle.authData) === 'agency';

const present = (value: unknown): string | undefined =>
  value === undefined || value === null || String(value).trim() === '' ? undefined : String(value).trim();

/** Whether a step knows its sub-account yet: always on a sub-account connection; on an agency one, once it is picked. */
export const hasSubAccount = (bundle: Pick<Bundle, 'authData' | 'inputData'>): boolean =>
  !isAgencyConnection(bundle) || present(bundle.inputData?.[SUB_ACCOUNT_INPUT]) !== undefined;

/**
 * The sub-account a step works on: the connected location, or on an agency connection the one
 * picked in the step's Sub-account field.
 */
export const subAccountOf = (bundle: Pick<Bundle, 'authData' | 'inputData'>): string => {
  if (!bundle.authData?.access_token) throw noConnectionError();
  if (!isAgencyConnection(bundle)) {
    const id = present(bundle.authData?.locationId);
    if (!id)
      throw new errors.Error(
        'This HighLevel connection has no sub-account (location): reconnect your HighLevel account and choose one.',
        'IncompleteConnection',
      );
    return id;
  }
  const picked = present(bundle.inputData?.[SUB_ACCOUNT_INPUT]);
  if (!picked) {
    throw new errors.Error(
      'Please fix the step\'s fields: "Sub-account" is required: this connection is an agency, so pick the sub-account this step works on.',
      'InvalidInput',
      400,
    );
  }
  return picked;
};

export const companyIdOf = (bundle: Pick<Bundle, 'authData'>): string => {
  if (!bundle.authData?.access_token) throw noConnectionError();
  const id = present(bundle.authData?.companyId);
  if (!id)
    throw new errors.Error(
      'This HighLevel connection has no agency (company) ID: reconnect your HighLevel account.',
      'IncompleteConnection',
    );
  return id;
};

/** Agency-only steps fail before anything is sent on a sub-account connection. */
export const requireAgencyConnection = (bundle: Pick<Bundle, 'authData'>, label: string) => {
  if (!isAgencyConnection(bundle)) {
    throw new errors.Error(
      `"${label}" needs a HighLevel connection made by an agency admin, and this one is a sub-account's. Add a connection in Zapier and, on HighLevel's consent page, choose the agency instead of a sub-account.`,
      'NeedsAgencyConnection',
      400,
    );
  }
};
