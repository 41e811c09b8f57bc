import { defineGhlTrigger } from '../../operations/define';
import { email } from '../../operations/inputs';
import { locationOutputFields, locationSample } from './samples';

export default defineGhlTrigger({
  key: 'list_locations',
  noun: 'Location',
  label: 'New Sub-account',
  description:
    'Triggers when a new sub-account (location) is added to the agency. Needs a connection made by an agency user.',
  audience: 'agency',
  endpoint: { method: 'GET', path: '/locations/search' },
  unwrap: 'locations',
  fromConnection: ['companyId'],
  constants: { order: 'desc' },
  inputs: [email('email', { label: 'Email', helpText: 'Only the location with this email address.' })],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'skip' },
  sample: locationSample,
  outputFields: locationOutputFields,
});
