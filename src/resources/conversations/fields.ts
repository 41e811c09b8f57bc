import { recordId } from '../../operations/inputs';

export const conversationId = (helpText: string, required = true) =>
  recordId('conversationId', {
    label: 'Conversation',
    helpText,
    required,
    extra: { dynamic: 'search_conversations.id.contactName' },
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
    extra: { dynamic: 'get_conversation_messages.id.body', dependsOn: ['conversationId'] },
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
