import { tag } from '../../fields/records';
import { defineGhlHookTrigger } from '../../operations/hookTrigger';
import { contactChangeOutputFields, contactChangeRow, contactChangeSample } from './contactEventRows';
import updated_contact from './updated_contact';

export default defineGhlHookTrigger({
  key: 'contact_tag_added',
  noun: 'Contact',
  label: 'Tag Added to Contact',
  description:
    "Triggers when a contact's tags change in HighLevel and include the chosen tag, such as when it is added.",
  event: 'ContactTagUpdate',
  filters: [
    {
      input: tag("The tag to watch for. Pick one of the location's tags, or type one (case does not matter)."),
      path: 'tags',
    },
  ],
  toRow: contactChangeRow,
  list: { trigger: updated_contact, toPayload: (row) => ({ type: 'ContactTagUpdate', ...row }) },
  sample: contactChangeSample,
  outputFields: contactChangeOutputFields,
});
