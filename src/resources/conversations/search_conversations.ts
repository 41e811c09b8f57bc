import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { recordId, text } from '../../operations/inputs';
import { conversationOutputFields, conversationSample } from './samples';

export default defineGhlTrigger({
  key: 'search_conversations',
  noun: 'Conversation',
  label: 'New Message in Conversation Matching Search',
  description: 'Triggers when a conversation matching the search has a new last message (newest first, 100 at a time).',
  endpoint: endpoint('GET', '/conversations/search', API_VERSION.calendarsAndConversations),
  unwrap: 'conversations',
  fromConnection: ['locationId'],
  constants: { sort: 'desc', sortBy: 'last_message_date', limit: 100 },
  inputs: [
    recordId('contactId', {
      label: 'Contact',
      helpText: "Only this contact's conversation.",
      extra: { dynamic: 'new_contact.id.label' },
    }),
    text(
      'query',
      { label: 'Search Text', helpText: 'Words to look for in the contact name, email, phone or messages.' },
      200,
    ),
  ],
  // The last message's time, not its text: the same "Yes" sent twice is two new messages.
  changeMarkers: ['lastMessageDate'],
  sample: conversationSample,
  outputFields: conversationOutputFields,
});
