import { workflowMembership } from './workflowMembership';

export default workflowMembership({
  key: 'add_contact_to_workflow',
  label: 'Add Contact to Workflow',
  description: 'Enrols a contact in a workflow, which then runs its steps for them.',
  method: 'POST',
});
