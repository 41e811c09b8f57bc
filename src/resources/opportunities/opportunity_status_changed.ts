import { choice } from '../../operations/inputs';
import { defineGhlHookTrigger } from '../../operations/hookTrigger';
import { asOpportunityEvent, statusChangeRow, statusChangeSample } from './opportunityEvents';
import { OPPORTUNITY_STATUSES } from './opportunityInputs';
import { opportunityEventOutputFields } from './samples';
import search_opportunities from './search_opportunities';

export default defineGhlHookTrigger({
  key: 'opportunity_status_changed',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed',
  description: 'Triggers when an opportunity is marked open, won, lost or abandoned in HighLevel.',
  event: 'OpportunityStatusUpdate',
  filters: [
    {
      input: choice(
        'status',
        { label: 'Status', helpText: 'Only when the opportunity gets this status, such as Won. Leave empty for any.' },
        OPPORTUNITY_STATUSES,
      ),
      path: 'status',
    },
  ],
  toRow: statusChangeRow,
  list: {
    trigger: search_opportunities,
    inputData: (values) => ({ status: values.status }),
    toPayload: asOpportunityEvent('OpportunityStatusUpdate'),
  },
  sample: statusChangeSample,
  outputFields: opportunityEventOutputFields,
});
