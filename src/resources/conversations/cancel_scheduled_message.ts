import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { messageInputs } from '../../fields/records';
import { outputField } from '../../operations/outputFields';

export default defineGhlCreate({
  key: 'cancel_scheduled_message',
  noun: 'Scheduled Message',
  label: 'Cancel Scheduled Message',
  description: 'Cancels an SMS that Send SMS or Email scheduled with Send At, before HighLevel sends it.',
  endpoint: endpoint('DELETE', '/conversations/messages/{messageId}/schedule', API_VERSION.calendarsAndConversations),
  // The conversation only feeds the message dropdown.
  sends: [],
  inputs: messageInputs(),
  sample: { status: 200, message: 'The scheduled message was cancelled' },
  outputFields: [outputField('status', 'Status Code', 'integer'), outputField('message', 'Result')],
});
