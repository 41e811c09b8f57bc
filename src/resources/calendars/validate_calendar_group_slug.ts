import { defineGhlCreate } from '../../operations/define';
import { text } from '../../operations/inputs';
import { calendarEndpoint } from './endpoint';

export default defineGhlCreate({
  key: 'validate_calendar_group_slug',
  noun: 'Slug',
  label: 'Validate Calendar Group Slug',
  description: 'Checks whether a URL slug is still free for a new calendar group.',
  endpoint: calendarEndpoint('POST', '/calendars/groups/validate-slug'),
  fromConnection: ['locationId'],
  inputs: [text('slug', { label: 'URL Slug', helpText: 'The slug to check, such as check-ups.', required: true }, 100)],
  sample: { available: true },
  outputFields: [{ key: 'available', label: 'Available', type: 'boolean' }],
});
