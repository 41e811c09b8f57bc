import { badRequest, notFound, route, type Reply, type RouteContext } from '../router';
import { type Json, newId } from '../store';

/** The SMS conversation provider the sandbox's marketplace app has registered. */
export const SANDBOX_CONVERSATION_PROVIDER_ID = 'provSmsGateway00001';

const contactOf = (ctx: RouteContext, id: unknown) => ctx.state.contacts.get(String(id ?? ''));

/** A conversation in the search's shape (ConversationSchema), from the contact and its last message. */
const listed = (ctx: RouteContext, conversation: Json): Json => {
  const contact = contactOf(ctx, conversation.contactId) ?? {};
  const last = [...ctx.state.messages.values()].filter((m) => m.conversationId === conversation.id).at(-1);
  const name = String(contact.name ?? '');
  return {
    id: conversation.id, contactId: conversation.contactId, locationId: conversation.locationId, type: 'TYPE_PHONE',
    lastMessageBody: String(last?.message ?? ''), lastMessageType: last ? `TYPE_${String(last.type).toUpperCase()}` : '', unreadCount: Number(conversation.unreadCount ?? 0),
    fullName: name, contactName: name, email: String(contact.email ?? ''), phone: String(contact.phone ?? ''),
  };
};

const startConversation = (ctx: RouteContext, contactId: string): Json => {
  const conversation = { id: newId(), contactId, locationId: ctx.state.location.id, dateAdded: ctx.now, dateUpdated: ctx.now, lastMessageDate: ctx.now, deleted: false, unreadCount: 0 };
  ctx.state.conversations.set(conversation.id, conversation);
  return conversation;
};

const record = (ctx: RouteContext, conversation: Json, message: Json) => {
  const stored: Json = { id: newId(), conversationId: conversation.id, contactId: conversation.contactId, dateAdded: ctx.now, ...message };
  ctx.state.messages.set(String(stored.id), stored);
  Object.assign(conversation, { lastMessageDate: ctx.now, dateUpdated: ctx.now });
  if (message.direction === 'inbound') conversation.unreadCount = Number(conversation.unreadCount ?? 0) + 1;
  return stored;
};

/** The Conversations API: static paths before `/conversations/{conversationId}`. */
export const conversationRoutes = [
  route('GET', '/conversations/search', (ctx) => {
    const contactId = ctx.query.get('contactId');
    const q = (ctx.query.get('query') ?? '').toLowerCase();
    const matches = [...ctx.state.conversations.values()]
      .filter((c) => !contactId || c.contactId === contactId)
      .map((c) => listed(ctx, c))
      .filter((c) => !q || [c.contactName, c.email, c.phone, c.lastMessageBody].some((v) => String(v).toLowerCase().includes(q)));
    return [200, { conversations: matches.slice(0, Number(ctx.query.get('limit') ?? 20)), total: matches.length }];
  }),
  route('POST', '/conversations/messages/inbound', (ctx): Reply => {
    if (ctx.body.conversationProviderId !== SANDBOX_CONVERSATION_PROVIDER_ID) return badRequest('Conversation provider not found for this location');
    const conversation = ctx.state.conversations.get(String(ctx.body.conversationId));
    if (!conversation || conversation.contactId !== ctx.body.contactId) return notFound('Conversation');
    const message = record(ctx, conversation, { type: ctx.body.type, direction: 'inbound', message: ctx.body.message, dateAdded: ctx.body.date ?? ctx.now });
    return [200, { success: true, conversationId: conversation.id, messageId: message.id, message: String(message.message ?? ''), contactId: conversation.contactId, dateAdded: message.dateAdded }];
  }),
  route('POST', '/conversations/messages', (ctx): Reply => {
    const contact = contactOf(ctx, ctx.body.contactId);
    if (!contact) return notFound('Contact');
    if (ctx.body.type === 'SMS' && !contact.phone) return badRequest('The contact has no phone number to send an SMS to');
    if (ctx.body.type === 'Email' && !contact.email) return badRequest('The contact has no email address to send an email to');
    if (contact.dnd === true) return badRequest('The contact has Do Not Disturb turned on');
    const conversation = [...ctx.state.conversations.values()].find((c) => c.contactId === contact.id) ?? startConversation(ctx, String(contact.id));
    const message = record(ctx, conversation, { type: ctx.body.type, direction: 'outbound', message: ctx.body.message ?? ctx.body.html, subject: ctx.body.subject });
    return [200, { conversationId: conversation.id, messageId: message.id, status: 'pending', msg: 'Message queued successfully.' }];
  }),
  route('POST', '/conversations/', (ctx): Reply => {
    if (!contactOf(ctx, ctx.body.contactId)) return notFound('Contact');
    if ([...ctx.state.conversations.values()].some((c) => c.contactId === ctx.body.contactId)) return badRequest('Conversation already exists');
    const { unreadCount: _u, ...conversation } = startConversation(ctx, String(ctx.body.contactId));
    return [201, { success: true, conversation }];
  }),
  route('GET', '/conversations/{conversationId}', (ctx): Reply => {
    const c = ctx.state.conversations.get(ctx.params.conversationId!);
    if (!c) return notFound('Conversation');
    return [200, { id: c.id, contactId: c.contactId, locationId: c.locationId, deleted: false, inbox: true, type: 1, unreadCount: Number(c.unreadCount ?? 0), starred: false }];
  }),
];
