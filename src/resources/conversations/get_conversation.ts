import { defineGhlTrigger } from '../../operations/define';
import { conversationEndpoint } from './endpoint';
import { conversationId } from './fields';
import { conversationByIdOutputFields, conversationByIdSample } from './samples';

export default defineGhlTrigger({
  key: 'get_conversation',
  noun: 'Conversation',
  label: 'Get Conversation',
  description: 'Triggers when the chosen conversation is first read and again each time its unread count changes.',
  endpoint: conversationEndpoint('GET', '/conversations/{conversationId}'),
  inputs: [conversationId('The conversation. Pick one, or map a Conversation ID from an earlier step.')],
  changeMarkers: ['unreadCount'],
  sample: conversationByIdSample,
  outputFields: conversationByIdOutputFields,
});
