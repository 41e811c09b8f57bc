import { pipelineFilter } from './filters';
import { opportunitySearchTrigger } from './searchTrigger';

export default opportunitySearchTrigger({
  key: 'new_opportunity',
  label: 'New Opportunity',
  description: 'Triggers when a new opportunity (deal) is added, in any pipeline or in the chosen one.',
  inputs: [pipelineFilter()],
  newestFirstBy: 'createdAt',
});
