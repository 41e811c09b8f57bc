import { opportunityFollowers } from './followers';

export default opportunityFollowers({
  key: 'remove_opportunity_followers',
  label: 'Remove Opportunity Followers',
  description: 'Removes users from the followers of an opportunity.',
  method: 'DELETE',
  changed: 'followersRemoved',
});
