import { outputField } from '../../operations/outputFields';
import { defineGhlCreate } from '../../operations/define';
import { userId } from '../../fields/records';

export default defineGhlCreate({
  key: 'delete_user',
  noun: 'User',
  label: 'Delete User',
  description: 'Deletes a team member and their access. This cannot be undone.',
  endpoint: { method: 'DELETE', path: '/users/{userId}' },
  inputs: [userId('userId', 'User', 'The user to delete.', true)],
  sample: {
    succeded: true,
    message:
      'Queued deleting user with e-mail sipho@example.com and name Sipho Dlamini. Will take effect in a few minutes.',
  },
  outputFields: [outputField('succeded', 'Succeeded', 'boolean'), outputField('message', 'Result')],
});
