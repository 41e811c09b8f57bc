import { workflowMembership } from './workflowMembership';

export default workflowMembership({
  key: 'remove_contact_from_workflow',
  label: 'Remove Contact From Workflow',
  description: 'Takes a contact out of a workflow, stopping its remaining steps for them.',
  method: 'DELETE',
});
