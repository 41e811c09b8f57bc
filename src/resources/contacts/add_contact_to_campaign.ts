import { campaignMembership } from './campaignMembership';

export default campaignMembership({
  key: 'add_contact_to_campaign',
  label: 'Add Contact to Campaign',
  description: 'Adds a contact to a campaign, which starts its messages for them.',
  method: 'POST',
  path: '/contacts/{contactId}/campaigns/{campaignId}',
  oneCampaign: true,
});
