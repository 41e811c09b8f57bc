import { findFromTrigger } from '../../operations/findStep';
import { dateTime, text } from '../../operations/inputs';
import search_contacts from './search_contacts';

/**
 * GHL's advanced contact search takes `filters`, each `{ field, operator, value }`: a tag with
 * `contains`, a date with `range` and `gte` / `lte` (as HighLevel's own SDKs write them). The
 * step's filter fields are read by the app and sent only in that form.
 */
const contactFilters = ({ tag, addedAfter, addedBefore }: Record<string, unknown>) => [
  ...(tag ? [{ field: 'tags', operator: 'contains', value: String(tag).toLowerCase() }] : []),
  ...(addedAfter || addedBefore
    ? [
        {
          field: 'dateAdded',
          operator: 'range',
          value: { ...(addedAfter ? { gte: addedAfter } : {}), ...(addedBefore ? { lte: addedBefore } : {}) },
        },
      ]
    : []),
];

export default findFromTrigger(search_contacts, {
  key: 'find_contacts',
  label: 'Find Contacts',
  description:
    'Finds contacts by search words (name, email, phone, company), a tag, or when they were added, newest first.',
  filters: [
    {
      ...text(
        'tag',
        {
          label: 'Tag',
          helpText: 'Only contacts with this tag, such as "sms-lead".',
          extra: { dynamic: 'list_tags.name.name' },
          example: 'sms-lead',
        },
        100,
      ),
      internal: true,
    },
    {
      ...dateTime('addedAfter', { label: 'Added After', helpText: 'Only contacts added at or after this time.' }),
      internal: true,
    },
    {
      ...dateTime('addedBefore', { label: 'Added Before', helpText: 'Only contacts added at or before this time.' }),
      internal: true,
    },
  ],
  derive: (_sent, all) => {
    const filters = contactFilters(all);
    return filters.length ? { filters } : {};
  },
});
