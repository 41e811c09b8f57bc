import { outputField } from '../../operations/outputFields';

/** A conversation as the search lists it (ConversationSchema). */
export const conversationSample = {
  id: 'cnvThandi0000000001',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  lastMessageBody: 'Hi, how much is teeth whitening?',
  lastMessageType: 'TYPE_SMS',
  lastMessageDate: 1764576000000,
  type: 'TYPE_PHONE',
  unreadCount: 1,
  fullName: 'Thandi Mokoena',
  contactName: 'Thandi Mokoena',
  email: 'thandi.mokoena@example.com',
  phone: '+27825550143',
};
export const conversationOutputFields = [
  outputField('id', 'Conversation ID'),
  outputField('contactId', 'Contact ID'),
  outputField('contactName', 'Contact Name'),
  outputField('phone', 'Phone'),
  outputField('email', 'Email'),
  outputField('lastMessageBody', 'Last Message'),
  outputField('lastMessageType', 'Last Message Type'),
  outputField('lastMessageDate', 'Last Message At (Unix Time, ms)', 'number'),
  outputField('unreadCount', 'Unread Messages', 'integer'),
];

/** One conversation read by ID (GetConversationByIdResponse). */
export const conversationByIdSample = {
  id: conversationSample.id,
  contactId: conversationSample.contactId,
  locationId: conversationSample.locationId,
  deleted: false,
  inbox: true,
  type: 1,
  unreadCount: 1,
  starred: false,
};
export const conversationByIdOutputFields = [
  outputField('id', 'Conversation ID'),
  outputField('contactId', 'Contact ID'),
  outputField('unreadCount', 'Unread Messages', 'integer'),
  outputField('inbox', 'In Inbox', 'boolean'),
  outputField('starred', 'Starred', 'boolean'),
];

/** What sending answers, as GHL's live answers show: the conversation and the new message (SendMessageResponseDto). */
export const sentSample = { conversationId: conversationSample.id, messageId: 't22c6DQcTDf3MjRhwf77' };
export const sentOutputFields = [
  outputField('messageId', 'Message ID'),
  outputField('emailMessageId', 'Email Message ID'),
  outputField('conversationId', 'Conversation ID'),
];

/** What logging an inbound message answers (ProcessMessageResponseDto). */
export const loggedSample = {
  success: true,
  conversationId: conversationSample.id,
  messageId: 'msgInbound000000001',
  message: 'Hi, how much is teeth whitening?',
  contactId: conversationSample.contactId,
  dateAdded: '2026-11-22T10:02:11.285Z',
};
export const loggedOutputFields = [
  outputField('messageId', 'Message ID'),
  outputField('conversationId', 'Conversation ID'),
  outputField('contactId', 'Contact ID'),
  outputField('message', 'Message'),
  outputField('dateAdded', 'Logged At', 'datetime'),
];

const { id: conversationId, contactId, locationId } = conversationSample;

/** One message (GetMessageResponseDto). */
export const messageSample = {
  id: 'msgInbound000000001',
  type: 2,
  messageType: 'TYPE_SMS',
  locationId,
  contactId,
  conversationId,
  dateAdded: '2026-11-22T10:02:11.285Z',
  body: 'Hi, how much is teeth whitening?',
  direction: 'inbound',
  status: 'delivered',
  contentType: 'text/plain',
  source: 'api',
  attachments: ['https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/smile.jpg'],
  // What a later step gets: the file itself (Zapier shows a link to it).
  attachmentFiles: ['https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/smile.jpg'],
};

/** A message's attachments, as links and as files a later step can save (the files are the app's own key). */
export const MESSAGE_MEDIA = { from: 'attachments', to: 'attachmentFiles' };
const mediaOutputFields = [
  outputField('attachments[]', 'Attachment Links'),
  outputField('attachmentFiles[]', 'Attachments', 'file'),
];
export const messageOutputFields = [
  outputField('id', 'Message ID'),
  outputField('conversationId', 'Conversation ID'),
  outputField('contactId', 'Contact ID'),
  outputField('messageType', 'Message Type'),
  outputField('body', 'Message'),
  outputField('direction', 'Direction'),
  outputField('status', 'Status'),
  outputField('dateAdded', 'Sent At', 'datetime'),
  ...mediaOutputFields,
];

/** One email message (GetEmailMessageResponseDto). */
export const emailSample = {
  id: 'emlReply0000000001',
  threadId: 'emlReply0000000001',
  locationId,
  contactId,
  conversationId,
  dateAdded: '2026-11-22T11:15:00.000Z',
  subject: 'Your whitening consultation',
  body: '<p>Hi Thandi, your consultation is on Tuesday at 09:30.</p>',
  direction: 'outbound',
  status: 'delivered',
  contentType: 'text/html',
  from: 'Smile Dental <hello@example.com>',
  to: ['thandi.mokoena@example.com'],
};
export const emailOutputFields = [
  outputField('id', 'Email Message ID'),
  outputField('threadId', 'Thread ID'),
  outputField('conversationId', 'Conversation ID'),
  outputField('contactId', 'Contact ID'),
  outputField('subject', 'Subject'),
  outputField('body', 'Body'),
  outputField('from', 'From'),
  outputField('direction', 'Direction'),
  outputField('status', 'Status'),
  outputField('dateAdded', 'Sent At', 'datetime'),
];

/** A call's transcript as the app joins GHL's sentences (GetMessageTranscriptionResponseDto). */
export const transcriptionSample = {
  id: 'msgCall00000000001',
  messageId: 'msgCall00000000001',
  transcript:
    'This call may be recorded for quality assurance purposes. Hi, I would like to book a whitening consultation.',
  sentences: [
    {
      mediaChannel: 1,
      sentenceIndex: 0,
      startTime: 0,
      endTime: 3400,
      transcript: 'This call may be recorded for quality assurance purposes.',
      confidence: 0.94,
    },
    {
      mediaChannel: 2,
      sentenceIndex: 1,
      startTime: 3900,
      endTime: 7200,
      transcript: 'Hi, I would like to book a whitening consultation.',
      confidence: 0.91,
    },
  ],
};
export const transcriptionOutputFields = [
  outputField('id', 'Message ID'),
  outputField('transcript', 'Transcript'),
  outputField('sentences[]transcript', 'Sentence'),
];

/** A recording or transcript file row: the message and the stashed file. */
export const fileSample = (key: string, name: string) => ({
  id: 'msgCall00000000001',
  messageId: 'msgCall00000000001',
  [key]: `https://zapier-dev-files.s3.amazonaws.com/cli-platform/${name}`,
});
export const fileOutputFields = (key: string, label: string) => [
  outputField('id', 'Message ID'),
  outputField(key, label, 'file'),
];

/** What updating a message's status answers (SendMessageResponseDto). */
export const statusSample = { conversationId, messageId: 'msgOutbound00000001', status: 'delivered' };
export const statusOutputFields = [
  outputField('messageId', 'Message ID'),
  outputField('conversationId', 'Conversation ID'),
  outputField('status', 'Status'),
];

/** An inbound message as GHL's InboundMessage webhook carries it (docs/webhook-InboundMessage.md). */
export const inboundMessageEventSample = {
  type: 'InboundMessage',
  locationId: conversationSample.locationId,
  messageId: 'msgInbound000000001',
  conversationId: conversationSample.id,
  contactId: conversationSample.contactId,
  body: conversationSample.lastMessageBody,
  messageType: 'SMS',
  direction: 'inbound',
  contentType: 'text/plain',
  status: 'delivered',
  attachments: ['https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/smile.jpg'],
  dateAdded: '2026-12-01T08:00:00.000Z',
  webhookId: 'wh-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  timestamp: '2026-12-01T08:00:01.000Z',
};

export const inboundMessageEventOutputFields = [
  outputField('id', 'Message ID'),
  outputField('body', 'Message'),
  outputField('messageType', 'Channel'),
  outputField('contactId', 'Contact ID'),
  outputField('conversationId', 'Conversation ID'),
  outputField('direction', 'Direction'),
  outputField('status', 'Status'),
  outputField('dateAdded', 'Received At', 'datetime'),
  ...mediaOutputFields,
  outputField('locationId', 'Location ID'),
];
