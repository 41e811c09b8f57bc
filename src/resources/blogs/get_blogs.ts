import { defineGhlTrigger } from '../../operations/define';
import { text } from '../../operations/inputs';
import { blogOutputFields, blogSample } from './samples';

export default defineGhlTrigger({
  key: 'get_blogs',
  noun: 'Blog',
  label: 'New Blog',
  description: 'Triggers when a new blog is added to the location.',
  endpoint: { method: 'GET', path: '/blogs/site/all' },
  unwrap: 'data',
  idFrom: '_id',
  fromConnection: ['locationId'],
  inputs: [text('searchTerm', { label: 'Search Text', helpText: 'Only blogs whose name contains this.' }, 100)],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'skip' },
  // GHL answers this list in storage order, oldest first, with no sort parameter.
  storageOrder: true,
  sample: blogSample,
  outputFields: blogOutputFields,
});
