import { pipelineFilter } from './filters';
import { opportunitySearchTrigger } from './searchTrigger';

/** Fires per (opportunity, stage, stage-change time): a move to another stage is a new item. */
export default opportunitySearchTrigger({
  key: 'opportunity_stage_changed',
  label: 'Opportunity Stage Changed',
  description:
    'Triggers when an opportunity moves to another pipeline stage. Watches the 100 most recently added opportunities, in any pipeline or in the chosen one.',
  inputs: [pipelineFilter()],
  newestFirstBy: 'lastStageChangeAt',
  changeMarkers: ['pipelineStageId', 'lastStageChangeAt'],
});
