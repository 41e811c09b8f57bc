import { phoneCountry } from '../../fields/phoneCountry';
import { atLeastOneOf } from '../../operations/checks';
import { defineGhlSearch } from '../../operations/define';
import { email, phone, recordId } from '../../operations/inputs';
import { contactOutputFields, contactSample } from './samples';

/** By ID when one is given (GET /contacts/{contactId}); otherwise GHL's duplicate lookup by email or phone. */
export default defineGhlSearch({
  key: 'find_contact',
  noun: 'Contact',
  customFieldsOf: 'contact',
  label: 'Find Contact',
  description: 'Finds a contact by email, phone number or contact ID.',

  endpoint: { method: 'GET', path: '/contacts/search/duplicate' },
  unwrap: 'contact',
  fromConnection: ['locationId'],
  // The same key as Create Contact's phone, so Find or Create maps the number once; GHL calls it `number`.
  derive: ({ phone }) => (phone ? { number: phone } : {}),
  sends: ['locationId', 'email', 'number'],
  routesByInput: [
    { input: 'contactId', endpoint: { method: 'GET', path: '/contacts/{contactId}' }, unwrap: 'contact', sends: [] },
  ],
  inputs: [
    email('email', { label: 'Email', helpText: 'The email address to look for, such as name@example.com.' }),
    phone('phone', {
      label: 'Phone',
      helpText:
        'The phone number to look for, such as the number an SMS came from: +27 82 555 0143, 27825550143 or 082 555 0143 all find the same contact. Used when no email is given, or together with it.',
    }),
    phoneCountry(),
    recordId('contactId', {
      label: 'Contact ID',
      helpText:
        'Find the contact with exactly this ID instead (from an earlier step). Email and phone are then ignored.',
      extra: { dynamic: 'new_contact.id.label' },
    }),
  ],
  check: atLeastOneOf({ email: 'Email', phone: 'Phone', contactId: 'Contact ID' }, 'to search by'),
  sample: contactSample,
  outputFields: contactOutputFields,
});
