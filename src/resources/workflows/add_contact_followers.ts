import { contactId } from '../../fields/records';
import { followersRow } from '../shared/followers';

export default followersRow({
  key: 'add_contact_followers',
  noun: 'Follower',
  label: 'Add Contact Followers',
  description: 'Adds users as followers of a contact, so they are notified of its activity.',
  method: 'POST',
  path: '/contacts/{contactId}/followers',
  record: contactId('The contact to follow.'),
  changed: 'followersAdded',
});
