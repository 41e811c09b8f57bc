import { phoneCountry } from '../../fields/phoneCountry';
import { atLeastOneOf } from '../../operations/checks';
import { defineGhlTrigger } from '../../operations/define';
import { email, phone } from '../../operations/inputs';
import { contactOutputFields, contactSample } from './samples';

export default defineGhlTrigger({
  key: 'get_duplicate_contact',
  noun: 'Contact',
  customFieldsOf: 'contact',
  label: 'Get Duplicate Contact',
  hidden: true,
  description:
    'Triggers when a contact with the given email or phone exists, and again each time that contact changes (its Date Updated moves).',
  endpoint: { method: 'GET', path: '/contacts/search/duplicate' },
  unwrap: 'contact',
  fromConnection: ['locationId'],
  // GHL calls the phone `number`; the app's key is `phone`, as on every contact step.
  derive: ({ phone }) => (phone ? { number: phone } : {}),
  sends: ['locationId', 'email', 'number'],
  inputs: [
    email('email', { label: 'Email', helpText: 'The email address to look for. Fill this, the phone, or both.' }),
    phone('phone', {
      label: 'Phone',
      helpText: 'The phone number to look for, such as +27 82 555 0143 or 082 555 0143. Fill this, the email, or both.',
    }),
    phoneCountry(),
  ],
  check: atLeastOneOf({ email: 'Email', phone: 'Phone' }, 'to look for a duplicate'),
  changeMarkers: ['dateUpdated'],
  sample: contactSample,
  outputFields: contactOutputFields,
});
