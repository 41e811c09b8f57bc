import { outputField as field } from '../../operations/outputFields';

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
  field('id', 'Conversation ID'),
  field('contactId', 'Contact ID'),
  field('contactName', 'Contact Name'),
  field('phone', 'Phone'),
  field('email', 'Email'),
  field('lastMessageBody', 'Last Message'),
  field('lastMessageType', 'Last Message Type'),
  field('lastMessageDate', 'Last Message At (Unix Time, ms)', 'number'),
  field('unreadCount', 'Unread Messages', 'integer'),
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
  field('id', 'Conversation ID'),
  field('contactId', 'Contact ID'),
  field('unreadCount', 'Unread Messages', 'integer'),
  field('inbox', 'In Inbox', 'boolean'),
  field('starred', 'Starred', 'boolean'),
];

/** What sending answers, as GHL's live answers show: the conversation and the new message (SendMessageResponseDto). */
export const sentSample = { conversationId: conversationSample.id, messageId: 't22c6DQcTDf3MjRhwf77' };
export const sentOutputFields = [
  field('messageId', 'Message ID'),
  field('emailMessageId', 'Email Message ID'),
  field('conversationId', 'Conversation ID'),
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
  field('messageId', 'Message ID'),
  field('conversationId', 'Conversation ID'),
  field('contactId', 'Contact ID'),
  field('message', 'Message'),
  field('dateAdded', 'Logged At', 'datetime'),
];
