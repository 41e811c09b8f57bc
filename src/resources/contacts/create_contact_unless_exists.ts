import { defineGhlCreate } from '../../operations/define';
import { getContactCall } from './doNotDisturb';
import { createContactSpec } from './create_contact';

/**
 * The create of Find or Create Contact. Between its search finding nothing and this create, the
 * contact may have been made (by the run for the SMS before, which held the lock): GHL then refuses
 * the create as a duplicate and names the contact, which this step returns instead of failing.
 */
export default defineGhlCreate({
  ...createContactSpec,
  key: 'create_contact_unless_exists',
  label: 'Create Contact Unless It Exists',
  description:
    'Creates a contact, or returns the one HighLevel says already has this email or phone. The create step of Find or Create Contact.',
  hidden: true,
  whenExists: { read: getContactCall, idParam: 'contactId', unwrap: 'contact' },
});
