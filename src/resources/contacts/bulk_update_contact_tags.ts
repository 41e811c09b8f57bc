import { outputField } from '../../operations/outputFields';
import type { PlainOutputField } from 'zapier-platform-core';
import { tags } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { boolean, choice, stringList } from '../../operations/inputs';

export default defineGhlCreate({
  key: 'bulk_update_contact_tags',
  noun: 'Tag',
  label: 'Bulk Update Contact Tags',
  description: 'Adds or removes tags on many contacts at once.',
  endpoint: { method: 'POST', path: '/contacts/bulk/tags/update/{type}' },
  fromConnection: ['locationId'],
  inputs: [
    choice(
      'type',
      { label: 'Action', helpText: 'Whether to add the tags to the contacts or remove them.', required: true },
      { add: 'Add tags', remove: 'Remove tags' },
    ),
    stringList('contacts', {
      label: 'Contacts',
      helpText: 'The contacts to change: pick them or map a list of Contact IDs (up to 100).',
      required: true,
      extra: { dynamic: 'new_contact.id.label' },
    }),
    tags('Tags to add or remove on every chosen contact.'),
    boolean('removeAllTags', {
      label: 'Remove All Tags',
      helpText:
        'Only with the "Remove tags" action: Yes removes every tag from the contacts, not just the ones listed.',
      example: 'no',
    }),
  ],
  check: (values) =>
    values.removeAllTags === true && values.type !== 'remove'
      ? '"Remove All Tags" works only with the "Remove tags" action'
      : undefined,
  sample: {
    succeded: true,
    errorCount: 0,
    responses: ['qFSqySFkVvNzOSqgGqFi'],
  },
  outputFields: [
    outputField('succeded', 'Succeeded', 'boolean'),
    outputField('errorCount', 'Error Count', 'integer'),
    outputField('responses[]', 'Per-Contact Results'),
  ] satisfies PlainOutputField[],
});
