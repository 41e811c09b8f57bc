import { contactId } from '../../fields/records';
import { followersRow } from '../shared/followers';

export default followersRow({
  key: 'remove_contact_followers',
  noun: 'Follower',
  label: 'Remove Contact Followers',
  description: 'Removes users from the followers of a contact.',
  method: 'DELETE',
  path: '/contacts/{contactId}/followers',
  record: contactId('The contact to stop following.'),
  changed: 'followersRemoved',
});
