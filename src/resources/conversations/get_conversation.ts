import { defineGhlTrigger } from '../../operations/define';
import { recordId } from '../../operations/inputs';
import { conversationEndpoint } from './endpoint';
import { conversationByIdOutputFields, conversationByIdSample } from './samples';

export default defineGhlTrigger({
  key: 'get_conversation',
  noun: 'Conversation',
  label: 'Get Conversation',
  description: 'Triggers when the chosen conversation is first read and again each time its unread count changes.',
  endpoint: conversationEndpoint('GET', '/conversations/{conversationId}'),
  inputs: [
    recordId('conversationId', {
      label: 'Conversation',
      helpText: 'The conversation. Pick one, or map a Conversation ID from an earlier step.',
      required: true,
      extra: { dynamic: 'search_conversations.id.contactName' },
    }),
  ],
  changeMarkers: ['unreadCount'],
  sample: conversationByIdSample,
  outputFields: conversationByIdOutputFields,
});
