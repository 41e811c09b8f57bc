import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { contactId } from '../../fields/records';
import { atLeastOneOf } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { choice, longText, phone, sendAt, text } from '../../operations/inputs';
import { outputField } from '../../operations/outputFields';
import { sentOutputFields, sentSample } from './samples';

const CHANNELS = { SMS: 'SMS', Email: 'Email', WhatsApp: 'WhatsApp' } as const;

export default defineGhlCreate({
  key: 'send_message',
  noun: 'Message',
  label: 'Send SMS or Email',
  description: "Sends an SMS, email or WhatsApp message to a contact from the location's number or address.",
  endpoint: endpoint('POST', '/conversations/messages', API_VERSION.calendarsAndConversations),
  inputs: [
    contactId('The contact to message.'),
    choice('type', { label: 'Channel', helpText: 'SMS, Email or WhatsApp.', required: true }, CHANNELS),
    longText('message', { label: 'Message', helpText: 'The text to send. For email, the plain-text body.' }, 5000),
    text('subject', { label: 'Email Subject', helpText: 'Subject line, for email only.' }, 500),
    longText('html', { label: 'Email HTML', helpText: 'An HTML body instead of plain text, for email only.' }, 50_000),
    phone('fromNumber', {
      label: 'From Number',
      helpText:
        "For SMS: the location's number to send from. Pick one, or type a number of the location's phone system. Default: the number HighLevel would use for this contact.",
      extra: { dynamic: 'list_phone_numbers.id.label' },
      example: '+27 21 555 0100',
    }),
    sendAt('scheduledTimestamp', {
      label: 'Send At',
      helpText:
        "When HighLevel should send it, such as 2026-12-24 09:00. A time without an offset is the location's own time. Leave empty to send now. Cancel it before then with Cancel Scheduled Message.",
    }),
  ],
  check: atLeastOneOf({ message: 'Message', html: 'Email HTML' }, 'to say what to send'),
  // The spec requires subType and status, and a live send recorded in July 2026 carried type,
  // subType and status and was answered 200: the subType is the channel, and a message being
  // sent is pending (GHL reports delivery later, through Update Message Status).
  derive: ({ type }) => ({ subType: type, status: 'pending' }),
  // GHL answers the conversation and the new message: the row's ID is the message's.
  idFrom: 'messageId',
  sample: { id: sentSample.messageId, ...sentSample },
  outputFields: [outputField('id', 'Message ID'), ...sentOutputFields],
});
