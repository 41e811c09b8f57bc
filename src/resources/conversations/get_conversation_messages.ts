import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { choice } from '../../operations/inputs';
import { conversationId } from '../../fields/records';
import { MESSAGE_MEDIA, messageOutputFields, messageSample } from './samples';

const MESSAGE_TYPES = {
  TYPE_SMS: 'SMS',
  TYPE_EMAIL: 'Email',
  TYPE_CALL: 'Call',
  TYPE_WHATSAPP: 'WhatsApp',
  TYPE_FACEBOOK: 'Facebook',
  TYPE_INSTAGRAM: 'Instagram',
  TYPE_GMB: 'Google Business Profile',
  TYPE_RCS: 'RCS',
};

export default defineGhlTrigger({
  key: 'get_conversation_messages',
  noun: 'Message',
  label: 'New Message in Conversation',
  description: 'Triggers when a new message arrives in, or is sent from, the chosen conversation.',
  endpoint: endpoint('GET', '/conversations/{conversationId}/messages', API_VERSION.calendarsAndConversations),
  // GHL wraps the page: { messages: { lastMessageId, nextPage, messages: [...] } }.
  unwrap: 'messages.messages',
  constants: { limit: 100 },
  inputs: [
    conversationId('The conversation to watch. Pick one, or map a Conversation ID from an earlier step.'),
    choice(
      'type',
      { label: 'Message Type', helpText: 'Only messages of this type. Leave empty for every type.' },
      MESSAGE_TYPES,
    ),
  ],
  newestFirstBy: 'dateAdded',
  media: MESSAGE_MEDIA,
  sample: messageSample,
  outputFields: messageOutputFields,
});
