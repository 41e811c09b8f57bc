import { defineGhlTrigger } from '../../operations/define';
import { businessOutputFields, businessSample } from './samples';

export default defineGhlTrigger({
  key: 'list_businesses',
  noun: 'Business',
  label: 'New Business',
  description: 'Triggers when a new business (company record) is added to the location.',
  endpoint: { method: 'GET', path: '/businesses/' },
  unwrap: 'businesses',
  fromConnection: ['locationId'],
  inputs: [],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'skip' },
  // GHL answers this list in storage order, oldest first, with no sort parameter.
  storageOrder: true,
  newestFirstBy: 'createdAt',
  sample: businessSample,
  outputFields: businessOutputFields,
});
