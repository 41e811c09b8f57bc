import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { messageInputs } from '../../fields/records';
import { MESSAGE_MEDIA, messageOutputFields, messageSample } from './samples';

export default defineGhlTrigger({
  key: 'get_message',
  noun: 'Message',
  label: 'Updated Chosen Message',
  description: 'Triggers when the chosen message is first read and again each time its delivery status changes.',
  endpoint: endpoint('GET', '/conversations/messages/{id}', API_VERSION.calendarsAndConversations),
  // GHL's live answer wraps the message (the spec describes it bare).
  unwrap: 'message',
  sends: [],
  inputs: messageInputs('id'),
  changeMarkers: ['status'],
  media: MESSAGE_MEDIA,
  sample: messageSample,
  outputFields: messageOutputFields,
});
