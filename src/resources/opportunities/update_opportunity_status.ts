import { opportunityId, lostReasonId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { choice } from '../../operations/inputs';
import { deletedOutputFields, deletedSample } from '../shared/samples';
import { OPPORTUNITY_STATUSES } from './opportunityInputs';

export default defineGhlCreate({
  key: 'update_opportunity_status',
  noun: 'Opportunity',
  label: 'Update Opportunity Status',
  description: 'Marks an opportunity as open, won, lost or abandoned.',
  endpoint: { method: 'PUT', path: '/opportunities/{id}/status' },
  inputs: [
    opportunityId(),
    choice(
      'status',
      { label: 'Status', helpText: 'The new status of the deal.', required: true, example: 'lost' },
      OPPORTUNITY_STATUSES,
    ),
    lostReasonId(),
  ],
  check: (values) =>
    values.lostReasonId !== undefined && values.status !== 'lost'
      ? '"Lost Reason" goes only with the Lost status'
      : undefined,
  sample: deletedSample,
  outputFields: deletedOutputFields,
});
