import { opportunityId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { opportunityOutputFields, opportunitySample } from './samples';

export default defineGhlTrigger({
  key: 'get_opportunity',
  noun: 'Opportunity',
  customFieldsOf: 'opportunity',
  label: 'Updated Chosen Opportunity',
  description:
    'Triggers when the chosen opportunity is first read and again each time it changes (its Updated At moves).',
  endpoint: { method: 'GET', path: '/opportunities/{id}' },
  unwrap: 'opportunity',
  inputs: [opportunityId()],
  changeMarkers: ['updatedAt'],
  sample: opportunitySample,
  outputFields: opportunityOutputFields,
});
