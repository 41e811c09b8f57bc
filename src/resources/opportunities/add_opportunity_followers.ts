import { opportunityId } from '../../fields/records';
import { followersRow } from '../shared/followers';

export default followersRow({
  key: 'add_opportunity_followers',
  noun: 'Follower',
  label: 'Add Opportunity Followers',
  description: 'Adds users as followers of an opportunity, so they are notified of its changes.',
  method: 'POST',
  path: '/opportunities/{id}/followers',
  record: opportunityId(),
  changed: 'followersAdded',
});
