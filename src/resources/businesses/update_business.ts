import { businessId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { businessOutputFields, businessSample } from './samples';
import { businessInputs } from './businessInputs';

export default defineGhlCreate({
  key: 'update_business',
  noun: 'Business',
  label: 'Update Business',
  description: "Updates a business's details. Empty fields keep their current values.",
  endpoint: { method: 'PUT', path: '/businesses/{businessId}' },
  unwrap: 'buiseness',
  inputs: [businessId('The business to update.'), ...businessInputs('update')],
  check: somethingToChange(['businessId']),
  sample: businessSample,
  outputFields: businessOutputFields,
});
