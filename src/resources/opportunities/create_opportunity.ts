import { contactId } from '../../fields/records';
import { opportunityCustomFields } from '../../fields/customFields';
import { defineGhlCreate } from '../../operations/define';
import { opportunityOutputFields, opportunitySample } from './samples';
import { opportunityInputs } from './opportunityInputs';

export default defineGhlCreate({
  key: 'create_opportunity',
  noun: 'Opportunity',
  customFieldsOf: 'opportunity',
  label: 'Create Opportunity',
  description: 'Creates a new opportunity (deal) for a contact in a pipeline.',
  endpoint: { method: 'POST', path: '/opportunities/' },
  unwrap: 'opportunity',
  fromConnection: ['locationId'],
  inputs: [contactId('The contact the deal is with.'), ...opportunityInputs('create')],
  dynamicInputs: [opportunityCustomFields('create')],
  sample: opportunitySample,
  outputFields: opportunityOutputFields,
});
