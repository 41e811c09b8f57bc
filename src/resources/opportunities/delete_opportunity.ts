import { opportunityId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';

export default defineGhlCreate({
  key: 'delete_opportunity',
  noun: 'Opportunity',
  label: 'Delete Opportunity',
  description: 'Deletes an opportunity. This cannot be undone.',
  endpoint: { method: 'DELETE', path: '/opportunities/{id}' },
  inputs: [opportunityId()],
  // GHL's live answer here is `{ success: true }` (the spec says `succeded`); the app reports `success` either way.
  sample: { success: true },
  outputFields: [],
});
