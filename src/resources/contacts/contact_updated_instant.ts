import { defineGhlHookTrigger } from '../../operations/hookTrigger';
import { contactChangeOutputFields, contactChangeRow, contactChangeSample } from './contactEventRows';
import updated_contact from './updated_contact';

export default defineGhlHookTrigger({
  key: 'contact_updated_instant',
  noun: 'Contact',
  label: 'Contact Updated',
  description: "Triggers when a contact's details change in HighLevel, once for each change.",
  event: 'ContactUpdate',
  filters: [],
  toRow: contactChangeRow,
  list: { trigger: updated_contact, toPayload: (row) => ({ type: 'ContactUpdate', ...row }) },
  sample: contactChangeSample,
  outputFields: contactChangeOutputFields,
});
