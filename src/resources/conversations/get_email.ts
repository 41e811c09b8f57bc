import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { conversationId, emailMessageId } from '../../fields/records';
import { emailOutputFields, emailSample } from './samples';

export default defineGhlTrigger({
  key: 'get_email',
  noun: 'Email',
  label: 'Get Email by ID',
  hidden: true,
  description: 'Triggers when the chosen email is first read and again each time its delivery status changes.',
  endpoint: endpoint('GET', '/conversations/messages/email/{id}', API_VERSION.calendarsAndConversations),
  // The conversation only feeds the email dropdown.
  sends: [],
  inputs: [
    conversationId(
      'Pick a conversation to choose the email from a list. Not needed when you map an Email Message ID.',
      false,
    ),
    emailMessageId(
      'id',
      'The email. Pick one from the conversation above, or map the Email Message ID that Send SMS or Email returned.',
      true,
    ),
  ],
  changeMarkers: ['status'],
  sample: emailSample,
  outputFields: emailOutputFields,
});
