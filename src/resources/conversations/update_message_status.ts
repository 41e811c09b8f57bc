import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { choice, text } from '../../operations/inputs';
import { emailMessageId, messageInputs } from '../../fields/records';
import { statusOutputFields, statusSample } from './samples';

const STATUSES = { delivered: 'Delivered', failed: 'Failed', pending: 'Pending', read: 'Read' };

export default defineGhlCreate({
  key: 'update_message_status',
  noun: 'Message Status',
  label: 'Update Message Status',
  description:
    "Reports a message's delivery status from your SMS gateway (delivered, failed, read), for messages sent through this app's provider.",
  endpoint: endpoint('PUT', '/conversations/messages/{messageId}/status', API_VERSION.calendarsAndConversations),
  sends: ['status', 'error', 'emailMessageId'],
  inputs: [
    ...messageInputs(),
    choice(
      'status',
      { label: 'Status', helpText: 'What the gateway reported for the message.', required: true },
      STATUSES,
    ),
    text(
      'errorMessage',
      {
        label: 'Failure Reason',
        helpText: 'Why the gateway could not deliver it, shown in HighLevel. Only used with Failed.',
      },
      500,
    ),
    emailMessageId('emailMessageId', 'For emails only: the email the status is about.', false),
  ],
  // GHL takes a failure as { code, type, message }; the gateway's own words are what people need.
  derive: (values) =>
    values.status === 'failed' && values.errorMessage
      ? { error: { code: '1', type: 'saas', message: values.errorMessage } }
      : {},
  sample: statusSample,
  outputFields: statusOutputFields,
});
