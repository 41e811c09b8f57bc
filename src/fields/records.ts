import { recordId, stringList } from '../operations/inputs';

/**
 * The ID inputs people pick from dropdowns instead of pasting: each names the trigger that
 * lists the records (`trigger.value.label`) and, for contacts, the search that finds one.
 */
export const contactId = (helpText = 'The contact to use. Pick one, or map a Contact ID from an earlier step (for example from Find Contact).') =>
  recordId('contactId', {
    label: 'Contact',
    helpText,
    required: true,
    extra: { dynamic: 'new_contact.id.name', search: 'find_contact.id' },
  });

export const taskId = () =>
  recordId('taskId', {
    label: 'Task',
    helpText: "The contact's task. Pick one after choosing the contact, or map a Task ID from an earlier step.",
    required: true,
    extra: { dynamic: 'get_contact_tasks.id.title' },
  });

/** GHL names the note's path parameter `id`. */
export const noteId = () =>
  recordId('id', {
    label: 'Note',
    helpText: "The contact's note. Pick one after choosing the contact, or map a Note ID from an earlier step.",
    required: true,
    extra: { dynamic: 'get_contact_notes.id.body' },
  });

export const userId = (key: string, label: string, helpText: string) =>
  recordId(key, { label, helpText, extra: { dynamic: 'search_users.id.name' } });

export const campaignId = () =>
  recordId('campaignId', {
    label: 'Campaign',
    helpText: 'The campaign to use. Pick one from the list of campaigns in this location.',
    required: true,
    extra: { dynamic: 'list_campaigns.id.name' },
  });

export const businessId = () =>
  recordId('businessId', {
    label: 'Business',
    helpText: 'The business (company record) whose contacts to use.',
    required: true,
    extra: { dynamic: 'list_businesses.id.name' },
  });

export const tags = (helpText: string, required = true) =>
  stringList('tags', {
    label: 'Tags',
    helpText,
    required,
    extra: { dynamic: 'list_tags.name.name' },
  });
