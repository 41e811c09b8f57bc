import { defineGhlHookTrigger } from '../../operations/hookTrigger';
import { withoutEnvelope } from '../shared/eventRows';
import new_contact from './new_contact';
import { contactEventOutputFields, contactEventSample } from './samples';

export default defineGhlHookTrigger({
  key: 'new_contact_instant',
  noun: 'Contact',
  label: 'Contact Created',
  description: 'Triggers when a contact is created in HighLevel, by any means (form, SMS, import or another Zap).',
  event: 'ContactCreate',
  filters: [],
  toRow: withoutEnvelope,
  list: { trigger: new_contact, toPayload: (row) => ({ type: 'ContactCreate', ...row }) },
  sample: withoutEnvelope(contactEventSample),
  outputFields: contactEventOutputFields,
});
