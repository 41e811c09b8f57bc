import { opportunityFollowers } from './followers';

export default opportunityFollowers({
  key: 'add_opportunity_followers',
  label: 'Add Opportunity Followers',
  description: 'Adds users as followers of an opportunity, so they are notified of its changes.',
  method: 'POST',
  changed: 'followersAdded',
});
