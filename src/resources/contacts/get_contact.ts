import { contactId } from '../../fields/records';
import { defineGhlTrigger } from '../../operations/define';
import { contactOutputFields, contactSample } from './samples';

export default defineGhlTrigger({
  key: 'get_contact',
  noun: 'Contact',
  customFieldsOf: 'contact',
  label: 'Updated Chosen Contact',
  description:
    'Triggers when the chosen contact is first read and again each time any of its fields change (its Date Updated moves).',
  endpoint: { method: 'GET', path: '/contacts/{contactId}' },
  unwrap: 'contact',
  inputs: [contactId('The contact to watch.')],
  changeMarkers: ['dateUpdated'],
  sample: contactSample,
  outputFields: contactOutputFields,
});
