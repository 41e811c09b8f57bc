import { campaignMembership } from './campaignMembership';

export default campaignMembership({
  key: 'remove_contact_from_campaign',
  label: 'Remove Contact From Campaign',
  description: 'Removes a contact from one campaign, stopping its messages for them.',
  method: 'DELETE',
  path: '/contacts/{contactId}/campaigns/{campaignId}',
  oneCampaign: true,
});
