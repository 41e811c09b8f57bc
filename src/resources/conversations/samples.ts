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
