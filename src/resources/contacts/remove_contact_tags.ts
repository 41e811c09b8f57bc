import { contactId, tags } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { tagsOutputFields, tagsSample } from './samples';

export default defineGhlCreate({
  key: 'remove_contact_tags',
  noun: 'Tag',
  label: 'Remove Tags From Contact',
  description: 'Removes the given tags from a contact; its other tags stay.',
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/tags', sendBody: true },
  inputs: [contactId('The contact to remove tags from.'), tags('Tags to remove from the contact.')],
  sample: tagsSample,
  outputFields: tagsOutputFields,
});
