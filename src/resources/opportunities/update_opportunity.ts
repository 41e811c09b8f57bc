import { opportunityId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { opportunityCustomFields } from '../../fields/customFields';
import { defineGhlCreate } from '../../operations/define';
import { opportunityOutputFields, opportunitySample } from './samples';
import { opportunityInputs } from './opportunityInputs';

export default defineGhlCreate({
  key: 'update_opportunity',
  noun: 'Opportunity',
  customFieldsOf: 'opportunity',
  label: 'Update Opportunity',
  description:
    'Updates an opportunity: moves it to another stage, changes its value, status or owner. Empty fields keep their current values.',
  endpoint: { method: 'PUT', path: '/opportunities/{id}' },
  unwrap: 'opportunity',
  inputs: [opportunityId(), ...opportunityInputs('update')],
  dynamicInputs: [opportunityCustomFields('update')],
  check: somethingToChange(['id']),
  sample: opportunitySample,
  outputFields: opportunityOutputFields,
});
