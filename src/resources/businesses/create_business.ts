import { defineGhlCreate } from '../../operations/define';
import { businessOutputFields, businessSample } from './samples';
import { businessInputs } from './businessInputs';

/** GHL answers under `buiseness` (its spelling). */
export default defineGhlCreate({
  key: 'create_business',
  noun: 'Business',
  label: 'Create Business',
  description: 'Creates a new business (company record) that contacts can be linked to.',
  endpoint: { method: 'POST', path: '/businesses/' },
  unwrap: 'buiseness',
  fromConnection: ['locationId'],
  inputs: businessInputs('create'),
  sample: businessSample,
  outputFields: businessOutputFields,
});
