import { defineGhlTrigger } from '../../operations/define';
import { categoryOutputFields, categorySample } from './samples';

export default defineGhlTrigger({
  key: 'get_blog_categories',
  noun: 'Category',
  label: 'New Blog Category',
  description: 'Triggers when a new blog category is added to the location.',
  endpoint: { method: 'GET', path: '/blogs/categories' },
  unwrap: 'categories',
  idFrom: '_id',
  fromConnection: ['locationId'],
  inputs: [],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'offset' },
  // GHL answers this list in storage order, oldest first, with no sort parameter.
  storageOrder: true,
  newestFirstBy: 'updatedAt',
  sample: categorySample,
  outputFields: categoryOutputFields,
});
