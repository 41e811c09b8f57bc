import { defineGhlTrigger } from '../../operations/define';
import { userId } from '../../fields/records';
import { userOutputFields, userSample } from './samples';

export default defineGhlTrigger({
  key: 'get_user',
  noun: 'User',
  label: 'Get User',
  hidden: true,
  description: 'Triggers when the chosen user is first read, giving their details to later steps.',
  endpoint: { method: 'GET', path: '/users/{userId}' },
  inputs: [userId('userId', 'User', 'The user to read.', true)],
  sample: userSample,
  outputFields: userOutputFields,
});
