import { contactCustomFields } from '../../fields/customFields';
import { atLeastOneOf } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { CONTACT_LOCK } from './contactLock';
import { contactOutputFields, contactSample } from './samples';
import { contactProfileInputs } from './contactInputs';

export default defineGhlCreate({
  key: 'upsert_contact',
  noun: 'Contact',
  customFieldsOf: 'contact',
  label: 'Upsert Contact',
  description:
    "Creates a new contact or updates the one with the same email or phone (following the location's duplicate rules). Empty fields keep their current values.",
  endpoint: { method: 'POST', path: '/contacts/upsert' },
  unwrap: 'contact',
  fromConnection: ['locationId'],
  inputs: contactProfileInputs('upsert'),
  dynamicInputs: [contactCustomFields('update')],
  check: atLeastOneOf({ email: 'Email', phone: 'Phone' }, 'so HighLevel can match an existing contact'),
  sample: contactSample,
  outputFields: contactOutputFields,
  lock: CONTACT_LOCK,
});
