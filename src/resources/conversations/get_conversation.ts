import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { conversationId } from '../../fields/records';
import { conversationByIdOutputFields, conversationByIdSample } from './samples';

export default defineGhlTrigger({
  key: 'get_conversation',
  noun: 'Conversation',
  label: 'Updated Chosen Conversation',
  description: 'Triggers when the chosen conversation is first read and again each time its unread count changes.',
  endpoint: endpoint('GET', '/conversations/{conversationId}', API_VERSION.calendarsAndConversations),
  inputs: [conversationId('The conversation. Pick one, or map a Conversation ID from an earlier step.')],
  changeMarkers: ['unreadCount'],
  sample: conversationByIdSample,
  outputFields: conversationByIdOutputFields,
});
