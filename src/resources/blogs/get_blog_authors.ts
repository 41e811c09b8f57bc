import { defineGhlTrigger } from '../../operations/define';
import { authorOutputFields, authorSample } from './samples';

export default defineGhlTrigger({
  key: 'get_blog_authors',
  noun: 'Author',
  label: 'New Blog Author',
  description: 'Triggers when a new blog author is added to the location.',
  endpoint: { method: 'GET', path: '/blogs/authors' },
  unwrap: 'authors',
  idFrom: '_id',
  fromConnection: ['locationId'],
  inputs: [],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'offset' },
  // GHL answers this list in storage order, oldest first, with no sort parameter.
  storageOrder: true,
  newestFirstBy: 'updatedAt',
  sample: authorSample,
  outputFields: authorOutputFields,
});
