import { defineGhlTrigger } from '../../operations/define';
import { userOutputFields, userSample } from './samples';

/** GHL marks GET /users/ deprecated: kept for existing Zaps, hidden from new ones. */
export default defineGhlTrigger({
  key: 'list_users_by_location',
  noun: 'User',
  label: 'List Users by Location (Deprecated)',
  description:
    'Triggers when a new user is added to the location. Deprecated by HighLevel: use New User Matching Search instead.',
  hidden: true,
  endpoint: { method: 'GET', path: '/users/' },
  unwrap: 'users',
  fromConnection: ['locationId'],
  inputs: [],
  sample: userSample,
  outputFields: userOutputFields,
});
