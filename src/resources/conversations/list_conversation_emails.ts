import { outputField } from '../../operations/outputFields';
import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { conversationId } from '../../fields/records';

type Message = { id?: string; body?: string; dateAdded?: string; meta?: { email?: { messageIds?: string[] } } };

/**
 * The dropdown behind Email Message ID fields: GHL keeps an email's own IDs in the meta of the
 * conversation message that carries the thread, one row per email.
 */
export default defineGhlTrigger({
  key: 'list_conversation_emails',
  noun: 'Email',
  label: 'List Conversation Emails',
  description: 'Triggers when an email is added to the chosen conversation.',
  hidden: true,
  endpoint: endpoint('GET', '/conversations/{conversationId}/messages', API_VERSION.calendarsAndConversations),
  // GHL wraps the page: { messages: { lastMessageId, nextPage, messages: [...] } }.
  unwrap: 'messages.messages',
  constants: { type: 'TYPE_EMAIL', limit: 100 },
  inputs: [conversationId('The conversation whose emails to list.')],
  toRows: (data) =>
    ((data as Message[] | undefined) ?? []).flatMap((message) =>
      (message.meta?.email?.messageIds ?? []).map((id) => ({
        id,
        messageId: message.id,
        body: message.body,
        dateAdded: message.dateAdded,
      })),
    ),
  newestFirstBy: 'dateAdded',
  sample: {
    id: 'emlReply0000000001',
    messageId: 'msgEmail0000000001',
    body: 'Your whitening consultation',
    dateAdded: '2026-11-22T11:15:00.000Z',
  },
  outputFields: [
    outputField('id', 'Email Message ID'),
    outputField('messageId', 'Message ID'),
    outputField('body', 'Message'),
    outputField('dateAdded', 'Sent At', 'datetime'),
  ],
});
