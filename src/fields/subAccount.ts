import type { Bundle, PlainInputField, ZObject } from 'zapier-platform-core';
import { SUB_ACCOUNT_INPUT, isAgencyConnection } from '../auth/connection';

/** The Sub-account dropdown: the sub-accounts where the app is installed. */
export const SUB_ACCOUNT_FIELD: PlainInputField = {
  key: SUB_ACCOUNT_INPUT,
  label: 'Sub-account',
  helpText:
    'The sub-account (location) this step works on. Shown because this HighLevel connection was made by an agency; it lists the sub-accounts where the app is installed.',
  required: true,
  dynamic: 'list_installed_locations.id.name',
  altersDynamicFields: true,
};

/**
 * A dynamic input field that appears only on agency connections: on a sub-account connection
 * the step already knows its location.
 */
export const subAccountPicker = async (_z: ZObject, bundle: Bundle): Promise<PlainInputField[]> =>
  isAgencyConnection(bundle) ? [SUB_ACCOUNT_FIELD] : [];
