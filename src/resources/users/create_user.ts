import { randomBytes } from 'node:crypto';
import { defineGhlCreate } from '../../operations/define';
import { userOutputFields, userSample } from './samples';
import { userInputs } from './userInputs';

/**
 * GHL requires a first password. Zapier's rules forbid asking for one in a step, so the app sets
 * a long random one that nobody sees; the new user chooses their own with "Forgot password".
 */
export default defineGhlCreate({
  key: 'create_user',
  noun: 'User',
  label: 'Create User',
  description:
    'Creates a new team member with access to the connected location. They set their password with "Forgot password" on the sign-in page.',
  endpoint: { method: 'POST', path: '/users/' },
  fromConnection: ['companyId', { as: 'locationIds', from: 'locationId', asList: true }],
  inputs: userInputs('create'),
  derive: () => ({ type: 'account', password: `${randomBytes(18).toString('base64url')}!9a` }),
  sample: userSample,
  outputFields: userOutputFields,
});
