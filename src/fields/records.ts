import { recordId, stringList, text } from '../operations/inputs';

/**
 * The ID inputs people pick from dropdowns instead of pasting: each names the trigger that
 * lists the records (`trigger.value.label`) and, for contacts, the search that finds one.
 */
export const contactId = (
  helpText = 'The contact to use. Pick one, or map a Contact ID from an earlier step (for example from Find Contact).',
  required = true,
) =>
  recordId('contactId', {
    label: 'Contact',
    helpText,
    required,
    extra: { dynamic: 'new_contact.id.label', search: 'find_contact.id' },
  });

export const taskId = () =>
  recordId('taskId', {
    label: 'Task',
    helpText: "The contact's task. Pick one of the chosen contact's tasks, or map a Task ID from an earlier step.",
    required: true,
    extra: { dynamic: 'get_contact_tasks.id.title', dependsOn: ['contactId'], search: 'find_contact_tasks.id' },
  });

/** GHL names the note's path parameter `id`. */
export const noteId = () =>
  recordId('id', {
    label: 'Note',
    helpText: "The contact's note. Pick one of the chosen contact's notes, or map a Note ID from an earlier step.",
    required: true,
    extra: { dynamic: 'get_contact_notes.id.body', dependsOn: ['contactId'], search: 'find_contact_notes.id' },
  });

export const userId = (key: string, label: string, helpText: string, required = false) =>
  recordId(key, { label, helpText, required, extra: { dynamic: 'search_users.id.name', search: 'find_users.id' } });

export const campaignId = () =>
  recordId('campaignId', {
    label: 'Campaign',
    helpText: 'The campaign to use. Pick one from the list of campaigns in this location.',
    required: true,
    extra: { dynamic: 'list_campaigns.id.name' },
  });

export const businessId = (helpText = 'The business (company record) whose contacts to use.') =>
  recordId('businessId', {
    label: 'Business',
    helpText,
    required: true,
    extra: { dynamic: 'list_businesses.id.name', search: 'find_business.id' },
  });

/**
 * One tag, picked from the location's tags or typed: any text, as GHL names tags ("new lead",
 * "Facebook Ad - June"). A tag is its name, not an ID.
 */
export const tag = (helpText: string, required = true) =>
  text(
    'tag',
    { label: 'Tag', helpText, required, extra: { dynamic: 'list_tags.name.name' }, example: 'Facebook Ad - June' },
    100,
  );

export const tags = (helpText: string, required = true) =>
  stringList('tags', {
    label: 'Tags',
    helpText,
    required,
    extra: { dynamic: 'list_tags.name.name' },
  });

export const calendarId = (
  helpText = 'The calendar to use. Pick one from the calendars in this location.',
  required = true,
) => recordId('calendarId', { label: 'Calendar', helpText, required, extra: { dynamic: 'list_calendars.id.name' } });

export const calendarGroupId = (key: string, helpText: string, required = true) =>
  recordId(key, { label: 'Calendar Group', helpText, required, extra: { dynamic: 'list_calendar_groups.id.name' } });

/** GHL names an appointment's path parameter `eventId`. */
export const appointmentId = (
  key = 'eventId',
  helpText = 'The appointment. Pick one from the chosen calendar, or map an Appointment ID from an earlier step.',
) =>
  recordId(key, {
    label: 'Appointment',
    helpText,
    required: true,
    extra: { dynamic: 'list_calendar_events.id.title', search: 'find_calendar_events.id' },
  });

export const pipelineId = (required = true) =>
  recordId('pipelineId', {
    label: 'Pipeline',
    helpText: 'The sales pipeline. Pick one from the pipelines in this location.',
    required,
    extra: { dynamic: 'list_pipelines.id.name' },
  });

/** Lists the stages of the pipeline chosen above it in the same step. */
export const pipelineStageId = (required = false) =>
  recordId('pipelineStageId', {
    label: 'Pipeline Stage',
    helpText: "The stage within the chosen pipeline: pick one of the pipeline's stages.",
    required,
    extra: { dynamic: 'list_pipeline_stages.id.name', dependsOn: ['pipelineId'] },
  });

export const opportunityId = (key = 'id') =>
  recordId(key, {
    label: 'Opportunity',
    helpText: 'The opportunity (deal). Pick one, or map an Opportunity ID from an earlier step.',
    required: true,
    extra: { dynamic: 'search_opportunities.id.name', search: 'find_opportunities.id' },
  });

export const userIds = (key: string, label: string, helpText: string, required = true) =>
  stringList(key, { label, helpText, required, extra: { dynamic: 'search_users.id.name' } });

export const calendarIds = (helpText: string, required = true) =>
  stringList('calendarIds', { label: 'Calendars', helpText, required, extra: { dynamic: 'list_calendars.id.name' } });

export const lostReasonId = () =>
  recordId('lostReasonId', {
    label: 'Lost Reason',
    helpText: 'Why the deal was lost, for the Lost status. Pick one of the reasons set up in the location.',
    extra: { dynamic: 'list_lost_reasons.id.name' },
  });

export const resourceId = () =>
  recordId('id', {
    label: 'Resource',
    helpText: 'The room or equipment. Choose the resource type first, then pick one.',
    required: true,
    extra: { dynamic: 'list_calendar_resources.id.name' },
  });

export const appointmentNoteId = () =>
  recordId('noteId', {
    label: 'Note',
    helpText: "The appointment's note: pick one of the chosen appointment's notes.",
    required: true,
    extra: { dynamic: 'list_appointment_notes.id.body', dependsOn: ['appointmentId'] },
  });

export const notificationId = () =>
  recordId('notificationId', {
    label: 'Notification',
    helpText: "The calendar's notification: pick one of the chosen calendar's notifications.",
    required: true,
    extra: { dynamic: 'list_calendar_notifications.id.notificationType', dependsOn: ['calendarId'] },
  });

export const blockSlotId = () =>
  recordId('eventId', {
    label: 'Blocked Slot',
    helpText: 'The blocked time. Pick one from the chosen calendar, or map a Blocked Slot ID from an earlier step.',
    required: true,
    extra: { dynamic: 'list_blocked_slots.id.title' },
  });

export const conversationId = (helpText: string, required = true) =>
  recordId('conversationId', {
    label: 'Conversation',
    helpText,
    required,
    extra: { dynamic: 'search_conversations.id.contactName', search: 'find_conversations.id' },
  });

/**
 * A message, picked from the conversation chosen in the same step or mapped from an earlier
 * one. The conversation only feeds the dropdown: operations using this send `sends` without it.
 */
export const messageInputs = (key = 'messageId') => [
  conversationId('Pick a conversation to choose the message from a list. Not needed when you map a Message ID.', false),
  recordId(key, {
    label: 'Message',
    helpText:
      'The message. Pick one from the conversation above, or map a Message ID from an earlier step (such as Log Inbound SMS).',
    required: true,
    extra: {
      dynamic: 'get_conversation_messages.id.body',
      dependsOn: ['conversationId'],
      search: 'find_conversation_messages.id',
    },
  }),
];

/** An email's own ID (not its conversation message's), picked from the conversation chosen in the same step. */
export const emailMessageId = (key: string, helpText: string, required: boolean) =>
  recordId(key, {
    label: 'Email Message ID',
    helpText,
    required,
    extra: { dynamic: 'list_conversation_emails.id.body' },
  });

export const associationId = (helpText: string) =>
  recordId('associationId', {
    label: 'Association',
    helpText,
    required: true,
    extra: { dynamic: 'find_associations.id.key' },
  });

/** Any record's ID: contacts are offered, and any other object's record can be mapped. */
export const relatedRecordId = (key: string, label: string, helpText: string, required = true) =>
  recordId(key, {
    label,
    helpText: `${helpText} Pick a contact, or map the ID of any record (an opportunity, a custom object record).`,
    required,
    extra: { dynamic: 'new_contact.id.label' },
  });

export const blogId = (helpText: string) =>
  recordId('blogId', { label: 'Blog', helpText, required: true, extra: { dynamic: 'get_blogs.id.name' } });
