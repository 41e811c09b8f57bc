import { opportunityId } from '../../fields/records';
import { followersRow } from '../shared/followers';

export default followersRow({
  key: 'remove_opportunity_followers',
  noun: 'Follower',
  label: 'Remove Opportunity Followers',
  description: 'Removes users from the followers of an opportunity.',
  method: 'DELETE',
  path: '/opportunities/{id}/followers',
  record: opportunityId(),
  changed: 'followersRemoved',
});
