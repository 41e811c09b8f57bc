import { contactCustomFields } from '../../fields/customFields';
import { atLeastOneOf } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import type { CreateSpec } from '../../operations/spec';
import { CONTACT_LOCK } from './contactLock';
import { createdContactOutputFields, createdContactSample } from './samples';
import { contactProfileInputs } from './contactInputs';

/** Create Contact; Find or Create Contact's create is the same step, taking the contact that exists. */
export const createContactSpec: CreateSpec = {
  key: 'create_contact',
  noun: 'Contact',
  customFieldsOf: 'contact',
  label: 'Create Contact',
  description:
    'Creates a new contact in the location. Fails if the email or phone already exists: use Find or Create Contact or Upsert Contact for that.',
  endpoint: { method: 'POST', path: '/contacts/' },
  unwrap: 'contact',
  fromConnection: ['locationId'],
  inputs: contactProfileInputs('create'),
  dynamicInputs: [contactCustomFields('create')],
  check: atLeastOneOf(
    { email: 'Email', phone: 'Phone', firstName: 'First Name', lastName: 'Last Name' },
    'so the contact can be recognised',
  ),
  sample: createdContactSample,
  outputFields: createdContactOutputFields,
  lock: CONTACT_LOCK,
};

export default defineGhlCreate(createContactSpec);
