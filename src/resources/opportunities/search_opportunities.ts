import { opportunityFilters } from './filters';
import { opportunitySearchTrigger } from './searchTrigger';

export default opportunitySearchTrigger({
  key: 'search_opportunities',
  label: 'New Opportunity Matching Search',
  description: 'Triggers when a new opportunity matching the filters is added (newest first, 100 at a time).',
  inputs: opportunityFilters(),
  newestFirstBy: 'createdAt',
});
