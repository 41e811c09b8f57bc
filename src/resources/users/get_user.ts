import { defineGhlTrigger } from '../../operations/define';
import { chosenUser } from './userId';
import { userOutputFields, userSample } from './user';

export default defineGhlTrigger({
  key: 'get_user',
  noun: 'User',
  label: 'Get User',
  description: 'Triggers when the chosen user is first read, giving their details to later steps.',
  endpoint: { method: 'GET', path: '/users/{userId}' },
  inputs: [chosenUser('The user to read.')],
  sample: userSample,
  outputFields: userOutputFields,
});
