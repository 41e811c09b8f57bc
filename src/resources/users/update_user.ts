import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { userOutputFields, userSample } from './samples';
import { userId } from '../../fields/records';
import { userInputs } from './userInputs';

export default defineGhlCreate({
  key: 'update_user',
  noun: 'User',
  label: 'Update User',
  description: "Updates a team member's name, email, phone or role. Empty fields keep their current values.",
  endpoint: { method: 'PUT', path: '/users/{userId}' },
  inputs: [userId('userId', 'User', 'The user to update.', true), ...userInputs('update')],
  check: somethingToChange(['userId']),
  sample: userSample,
  outputFields: userOutputFields,
});
