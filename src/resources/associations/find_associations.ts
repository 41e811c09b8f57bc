import { defineGhlTrigger } from '../../operations/define';
import { associationOutputFields, associationSample } from './samples';

export default defineGhlTrigger({
  key: 'find_associations',
  noun: 'Association',
  label: 'New Association',
  description:
    'Triggers when a new association (a kind of link between two objects, such as contact and company) is added to the location.',
  endpoint: { method: 'GET', path: '/associations/' },
  fromConnection: ['locationId'],
  inputs: [],
  paging: { sizeParam: 'limit', pageSize: 100, offsetParam: 'skip' },
  // GHL answers this list in storage order, oldest first, with no sort parameter.
  storageOrder: true,
  unwrap: 'associations',
  sample: associationSample,
  outputFields: associationOutputFields,
});
