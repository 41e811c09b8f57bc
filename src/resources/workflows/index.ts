import type { Resource } from '../../operations/registry';
import add_contact_followers from './add_contact_followers';
import add_contact_to_workflow from './add_contact_to_workflow';
import bulk_update_contact_business from './bulk_update_contact_business';
import list_campaigns from './list_campaigns';
import list_snapshots from './list_snapshots';
import list_workflows from './list_workflows';
import remove_contact_followers from './remove_contact_followers';
import remove_contact_from_workflow from './remove_contact_from_workflow';

const triggers = [list_workflows, list_snapshots, list_campaigns];
const creates = [
  add_contact_to_workflow,
  remove_contact_from_workflow,
  add_contact_followers,
  remove_contact_followers,
  bulk_update_contact_business,
];

export default { triggers, creates } satisfies Resource;
