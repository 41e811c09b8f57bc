import { contactCustomFields } from '../../fields/customFields';
import { contactId } from '../../fields/records';
import { somethingToChange } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { contactOutputFields, contactSample } from './samples';
import { contactProfileInputs } from './contactInputs';

/** Only filled fields are sent; tags are changed with Add/Remove Tags, never overwritten here. */
export default defineGhlCreate({
  key: 'update_contact',
  noun: 'Contact',
  customFieldsOf: 'contact',
  label: 'Update Contact',
  description:
    'Updates an existing contact. Only the fields you fill in are changed; empty fields keep their current values.',
  endpoint: { method: 'PUT', path: '/contacts/{contactId}' },
  unwrap: 'contact',
  inputs: [contactId('The contact to update.'), ...contactProfileInputs('update')],
  dynamicInputs: [contactCustomFields('update')],
  check: somethingToChange(['contactId']),
  sample: contactSample,
  outputFields: contactOutputFields,
});
