import { pipelineId, pipelineStageId } from '../../fields/records';
import { defineGhlHookTrigger } from '../../operations/hookTrigger';
import { asOpportunityEvent, stageChangeRow, stageChangeSample } from './opportunityEvents';
import { opportunityEventOutputFields } from './samples';
import search_opportunities from './search_opportunities';

export default defineGhlHookTrigger({
  key: 'opportunity_stage_changed_instant',
  noun: 'Opportunity',
  label: 'Opportunity Moved to Stage',
  description: 'Triggers when an opportunity moves to another stage in HighLevel, in any pipeline or the chosen one.',
  event: 'OpportunityStageUpdate',
  filters: [
    { input: pipelineId(false), path: 'pipelineId' },
    { input: pipelineStageId(false), path: 'pipelineStageId' },
  ],
  toRow: stageChangeRow,
  list: {
    trigger: search_opportunities,
    inputData: (values) => ({ pipeline_id: values.pipelineId, pipeline_stage_id: values.pipelineStageId }),
    toPayload: asOpportunityEvent('OpportunityStageUpdate'),
  },
  sample: stageChangeSample,
  outputFields: opportunityEventOutputFields,
});
