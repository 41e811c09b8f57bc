import { recordId } from '../../operations/inputs';
import { defineGhlCreate } from '../../operations/define';
import { lostReasonId } from './lostReasons';
import { opportunityOutputFields, opportunitySample } from './opportunity';
import { opportunityInputs } from './opportunityInputs';

/** GHL requires the follower fields on upsert; this step leaves followers as they are. */
export default defineGhlCreate({
  key: 'upsert_opportunity',
  noun: 'Opportunity',
  label: 'Upsert Opportunity',
  description: 'Creates an opportunity, or updates the given one, in a pipeline. Empty fields keep their current values.',
  endpoint: { method: 'POST', path: '/opportunities/upsert' },
  unwrap: 'opportunity',
  fromConnection: ['locationId'],
  constants: { followers: [], isRemoveAllFollowers: false, followersActionType: 'add' },
  inputs: [
    recordId('id', {
      label: 'Opportunity',
      helpText: 'The opportunity to update. Leave empty to create a new one.',
      extra: { dynamic: 'search_opportunities.id.name' },
    }),
    ...opportunityInputs('upsert'),
    lostReasonId(),
  ],
  sample: opportunitySample,
  outputFields: opportunityOutputFields,
});
