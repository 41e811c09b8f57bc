import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { contactId } from '../../fields/records';
import { atLeastOneOf } from '../../operations/checks';
import { defineGhlCreate } from '../../operations/define';
import { attachmentFiles } from '../../operations/attachments';
import { choice, longText, phone, sendAt, text } from '../../operations/inputs';
import { ATTACHMENT_CALLS, createConversation, findConversation, uploadedAttachments } from './contactConversation';
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
    attachmentFiles('attachments', {
      label: 'Attachments',
      helpText:
        'Photos or files to send (MMS for SMS), from an earlier step or as public links: JPG, PNG, MP4, MP3, WAV, PDF, DOC(X), TXT, ZIP, RAR, 5 MB at most in all. They are uploaded to HighLevel first.',
    }),
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
  check: atLeastOneOf({ message: 'Message', html: 'Email HTML', attachments: 'Attachments' }, 'to say what to send'),
  // The spec requires subType and status, and a live send recorded in July 2026 carried type,
  // subType and status and was answered 200: the subType is the channel, and a message being
  // sent is pending (GHL reports delivery later, through Update Message Status).
  derive: ({ type }) => ({ subType: type, status: 'pending' }),
  lookup: {
    calls: [findConversation, createConversation, ...ATTACHMENT_CALLS],
    run: (ghl, values, io) => uploadedAttachments(ghl, values, io),
  },
  // GHL answers the conversation and the new message: the row's ID is the message's.
  idFrom: 'messageId',
  sample: { id: sentSample.messageId, ...sentSample },
  outputFields: [outputField('id', 'Message ID'), ...sentOutputFields],
});
