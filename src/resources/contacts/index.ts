import type { Resource } from '../../operations/registry';
import new_contact_instant from './new_contact_instant';
import contact_updated_instant from './contact_updated_instant';
import contact_tag_added from './contact_tag_added';
import task_completed from './task_completed';
import new_note from './new_note';
import add_contact_tags from './add_contact_tags';
import add_contact_to_campaign from './add_contact_to_campaign';
import bulk_update_contact_tags from './bulk_update_contact_tags';
import complete_contact_task from './complete_contact_task';
import create_contact from './create_contact';
import create_contact_note from './create_contact_note';
import create_contact_task from './create_contact_task';
import delete_contact from './delete_contact';
import delete_contact_note from './delete_contact_note';
import delete_contact_task from './delete_contact_task';
import find_contact from './find_contact';
import find_contact_appointments from './find_contact_appointments';
import find_contact_notes from './find_contact_notes';
import find_contact_tasks from './find_contact_tasks';
import get_contact from './get_contact';
import get_contact_appointments from './get_contact_appointments';
import get_contact_note from './get_contact_note';
import get_contact_notes from './get_contact_notes';
import get_contact_task from './get_contact_task';
import get_contact_tasks from './get_contact_tasks';
import get_contacts_by_business from './get_contacts_by_business';
import get_duplicate_contact from './get_duplicate_contact';
import list_contacts from './list_contacts';
import new_contact from './new_contact';
import remove_contact_from_all_campaigns from './remove_contact_from_all_campaigns';
import remove_contact_from_campaign from './remove_contact_from_campaign';
import remove_contact_tags from './remove_contact_tags';
import search_contacts from './search_contacts';
import update_contact from './update_contact';
import updated_contact from './updated_contact';
import update_contact_note from './update_contact_note';
import update_contact_task from './update_contact_task';
import upsert_contact from './upsert_contact';
import find_contact_note from './find_contact_note';
import find_contact_task from './find_contact_task';
import find_contacts from './find_contacts';
import find_contacts_by_business from './find_contacts_by_business';
import opt_out_contact from './opt_out_contact';
import create_contact_unless_exists from './create_contact_unless_exists';
import opt_in_contact from './opt_in_contact';

const triggers = [
  new_contact,
  updated_contact,
  get_contact,
  search_contacts,
  get_contacts_by_business,
  get_duplicate_contact,
  get_contact_appointments,
  get_contact_tasks,
  get_contact_task,
  get_contact_notes,
  get_contact_note,
  list_contacts,
  new_contact_instant,
  contact_updated_instant,
  contact_tag_added,
  task_completed,
  new_note,
];

const searches = [
  find_contact,
  find_contact_tasks,
  find_contact_notes,
  find_contact_appointments,
  find_contact_note,
  find_contact_task,
  find_contacts,
  find_contacts_by_business,
];

const creates = [
  create_contact,
  update_contact,
  upsert_contact,
  delete_contact,
  add_contact_tags,
  remove_contact_tags,
  bulk_update_contact_tags,
  create_contact_task,
  update_contact_task,
  complete_contact_task,
  delete_contact_task,
  create_contact_note,
  update_contact_note,
  delete_contact_note,
  add_contact_to_campaign,
  remove_contact_from_campaign,
  remove_contact_from_all_campaigns,
  opt_out_contact,
  opt_in_contact,
  create_contact_unless_exists,
];

/**
 * Zapier's "Find or Create Contact": Find Contact first, Create Contact (Unless It Exists) when nothing matches,
 * and Update Contact on the one found when the Zap asks for it ("new SMS from a known number"
 * refreshes the name in the same step); the found ID goes into Update Contact's contactId.
 */
const searchOrCreates = {
  find_contact: {
    key: 'find_contact',
    display: {
      label: 'Find or Create Contact',
      description: 'Finds a contact by email, phone or ID, and creates it when none matches, or updates the one found.',
    },
    search: 'find_contact',
    create: 'create_contact_unless_exists',
    update: 'update_contact',
    updateInputFromSearchOutput: { contactId: 'id' },
  },
};

export default { triggers, searches, creates, searchOrCreates } satisfies Resource;
