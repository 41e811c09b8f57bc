import { businessId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { businessOutputFields, businessSample } from './samples';

export default defineGhlTrigger({
  key: 'get_business',
  noun: 'Business',
  label: 'Updated Chosen Business',
  description: 'Triggers when the chosen business is first read and again each time it changes (its Updated At moves).',
  endpoint: { method: 'GET', path: '/businesses/{businessId}' },
  unwrap: 'business',
  inputs: [businessId('The business to read.')],
  changeMarkers: ['updatedAt'],
  sample: businessSample,
  outputFields: businessOutputFields,
});
