import { outputField } from '../../operations/outputFields';
import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { text } from '../../operations/inputs';

export default defineGhlCreate({
  key: 'validate_calendar_group_slug',
  noun: 'Slug',
  label: 'Validate Calendar Group Slug',
  description: 'Checks whether a URL slug is still free for a new calendar group.',
  endpoint: endpoint('POST', '/calendars/groups/validate-slug', API_VERSION.calendarsAndConversations),
  fromConnection: ['locationId'],
  inputs: [text('slug', { label: 'URL Slug', helpText: 'The slug to check, such as check-ups.', required: true }, 100)],
  sample: { available: true },
  outputFields: [outputField('available', 'Available', 'boolean')],
});
