import { contactId, tags } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { tagsOutputFields, tagsSample } from './samples';

export default defineGhlCreate({
  key: 'add_contact_tags',
  noun: 'Tag',
  label: 'Add Tags to Contact',
  description: 'Adds tags to a contact, keeping the tags it already has.',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/tags' },
  inputs: [
    contactId('The contact to tag.'),
    tags('Tags to add. Pick existing tags or type new ones; several can be given.'),
  ],
  sample: tagsSample,
  outputFields: tagsOutputFields,
});
