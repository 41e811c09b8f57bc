import { campaignMembership } from './campaignMembership';

export default campaignMembership({
  key: 'remove_contact_from_all_campaigns',
  label: 'Remove Contact From All Campaigns',
  description: 'Removes a contact from every campaign it is in.',
  method: 'DELETE',
  path: '/contacts/{contactId}/campaigns/removeAll',
  oneCampaign: false,
});
