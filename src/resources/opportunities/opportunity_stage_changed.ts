import { pipelineFilter } from './filters';
import { opportunitySearchTrigger } from './searchTrigger';

/**
 * Fires per (opportunity, stage, stage-change time): a move to another stage is a new item. GHL's
 * search cannot be ordered by last change, so a move of an old deal is seen when its page's turn comes.
 */
export default opportunitySearchTrigger({
  key: 'opportunity_stage_changed',
  label: 'Opportunity Stage Changed',
  description:
    'Triggers when an opportunity moves to another pipeline stage, in any pipeline or in the chosen one. New deals are checked on every poll, older ones in turn (100 more each poll).',
  inputs: [pipelineFilter()],
  // GHL's search orders only by when a deal was added: older deals are swept a page per poll.
  sweep: { pageParam: 'page', totalAt: 'meta.total' },
  newestFirstBy: 'lastStageChangeAt',
  changeMarkers: ['pipelineStageId', 'lastStageChangeAt'],
});
