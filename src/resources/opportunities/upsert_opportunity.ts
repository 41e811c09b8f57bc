import { contactId, lostReasonId } from '../../fields/records';
import { recordId } from '../../operations/inputs';
import { defineGhlCreate } from '../../operations/define';
import { opportunityOutputFields, opportunitySample } from './samples';
import { opportunityInputs } from './opportunityInputs';

/** GHL requires the follower fields on upsert; this step leaves followers as they are. */
export default defineGhlCreate({
  key: 'upsert_opportunity',
  noun: 'Opportunity',
  customFieldsOf: 'opportunity',
  label: 'Upsert Opportunity',
  description:
    "Creates the contact's opportunity in a pipeline, or updates it when the contact already has one there (or the given one). Empty fields keep their current values.",
  endpoint: { method: 'POST', path: '/opportunities/upsert' },
  unwrap: 'opportunity',
  fromConnection: ['locationId'],
  constants: { followers: [], isRemoveAllFollowers: false, followersActionType: 'add' },
  inputs: [
    // GHL upserts on contact + pipeline: the contact is what finds or creates the deal.
    contactId(
      'The contact the deal is with. HighLevel updates their opportunity in the chosen pipeline, or creates one.',
    ),
    recordId('id', {
      label: 'Opportunity',
      helpText:
        "A specific opportunity to update. Leave empty to update the contact's opportunity in the pipeline, or create it.",
      extra: { dynamic: 'search_opportunities.id.name' },
    }),
    ...opportunityInputs('upsert'),
    lostReasonId(),
  ],
  sample: opportunitySample,
  outputFields: opportunityOutputFields,
});
