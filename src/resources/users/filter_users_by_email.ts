import { defineGhlTrigger } from '../../operations/define';
import { text } from '../../operations/inputs';
import { userOutputFields, userSample } from './samples';

export default defineGhlTrigger({
  key: 'filter_users_by_email',
  noun: 'User',
  label: 'New User With Email',
  description:
    'Triggers when a user with one of the given email addresses is found in the agency. Needs a connection made by an agency user.',
  audience: 'agency',
  endpoint: { method: 'POST', path: '/users/search/filter-by-email' },
  unwrap: 'users',
  fromConnection: ['companyId'],
  inputs: [
    text(
      'emails',
      {
        label: 'Emails',
        helpText: 'One or more email addresses, separated by commas, such as sipho@example.com, naledi@example.com.',
        required: true,
      },
      5000,
    ),
  ],
  sample: userSample,
  outputFields: userOutputFields,
});
