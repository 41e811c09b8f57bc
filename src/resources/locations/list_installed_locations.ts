import { marketplaceAppId } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { installedLocationOutputFields, installedLocationSample } from './samples';

/**
 * The sub-accounts where the app is installed: what an agency connection's Sub-account field
 * offers, for this marketplace app.
 */
export default defineGhlTrigger({
  key: 'list_installed_locations',
  noun: 'Sub-Account',
  label: 'List Installed Sub-Accounts',
  description:
    'Triggers when the app is installed on another sub-account (location) of the agency. Needs a connection made by an agency user.',
  hidden: true,
  audience: 'agency',
  endpoint: { method: 'GET', path: '/oauth/installedLocations' },
  unwrap: 'locations',
  idFrom: '_id',
  fromConnection: ['companyId'],
  defaults: () => ({ appId: marketplaceAppId(), isInstalled: true }),
  inputs: [],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'skip' },
  sample: installedLocationSample,
  outputFields: installedLocationOutputFields,
});
