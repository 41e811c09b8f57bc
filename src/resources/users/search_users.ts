import { defineGhlTrigger } from '../../operations/define';
import { text } from '../../operations/inputs';
import { userOutputFields, userSample } from './samples';

export default defineGhlTrigger({
  key: 'search_users',
  noun: 'User',
  label: 'New User Matching Search',
  description: 'Triggers when a new user matching your search is added to the location.',
  endpoint: { method: 'GET', path: '/users/search' },
  unwrap: 'users',
  fromConnection: ['companyId', 'locationId'],
  constants: { sort: 'dateAdded', sortDirection: 'desc' },
  inputs: [
    text(
      'query',
      {
        label: 'Search Words',
        helpText: 'Only users whose name, email or phone contain these words. Leave empty for all users.',
      },
      200,
    ),
  ],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'skip' },
  sample: userSample,
  outputFields: userOutputFields,
});
