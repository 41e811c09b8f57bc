import { badRequest, FileBody, isReply, notFound, recordOr404, route, type Reply, type RouteContext } from '../router';
import type { UploadedFile } from '../http';
import { mediaUrl } from '../media';
import { type Json, type LocationState, newId } from '../store';

/** The file types GHL's upload takes (its spec's list), and the most a message's files may weigh. */
const UPLOAD_TYPES = /\.(jpe?g|png|mp4|mpeg|zip|rar|pdf|docx?|txt|mp3|wav)$/i;
const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;

/** Stores a message's files and answers each one's name with its link (UploadFilesResponseDto). */
const upload = (ctx: RouteContext): Reply => {
  const conversation = ctx.state.conversations.get(String(ctx.body.conversationId ?? ''));
  if (!conversation || conversation.contactId !== ctx.body.contactId) return notFound('Conversation');
  const files = [ctx.body.fileAttachment].flat().filter(Boolean) as UploadedFile[];
  if (!files.length) return badRequest('fileAttachment is required');
  const refused = files.find((f) => !UPLOAD_TYPES.test(f.name));
  if (refused) return [415, { status: 415, message: `File type not allowed: ${refused.name}` }];
  if (files.reduce((sum, f) => sum + f.bytes.length, 0) > UPLOAD_MAX_BYTES)
    return [413, { status: 413, message: 'Failed to upload the files: too large' }];
  const locationId = String(ctx.state.location.id);
  const uploadedFiles = Object.fromEntries(
    files.map((file) => {
      const id = newId();
      ctx.state.media.set(id, file);
      return [file.name, mediaUrl(ctx.origin, locationId, id, file.name)];
    }),
  );
  return [200, { uploadedFiles }];
};

/** The SMS conversation provider the sandbox's marketplace app has registered. */
export const SANDBOX_CONVERSATION_PROVIDER_ID = 'provSmsGateway00001';

const contactOf = (ctx: RouteContext, id: unknown) => ctx.state.contacts.get(String(id ?? ''));

/** A conversation in the search's shape (ConversationSchema), from the contact and its last message. */
const listed = (ctx: RouteContext, conversation: Json): Json => {
  const contact = contactOf(ctx, conversation.contactId) ?? {};
  const last = [...ctx.state.messages.values()].filter((m) => m.conversationId === conversation.id).at(-1);
  const name = String(contact.name ?? '');
  return {
    id: conversation.id,
    contactId: conversation.contactId,
    locationId: conversation.locationId,
    type: 'TYPE_PHONE',
    lastMessageBody: String(last?.message ?? ''),
    lastMessageType: last ? messageTypeOf(last.type) : '',
    unreadCount: Number(conversation.unreadCount ?? 0),
    // GHL's search gives its dates as epoch milliseconds.
    lastMessageDate: Date.parse(String(conversation.lastMessageDate)),
    fullName: name,
    contactName: name,
    email: String(contact.email ?? ''),
    phone: String(contact.phone ?? ''),
  };
};

const startConversationIn = (state: LocationState, contactId: string, now: string): Json => {
  const conversation = {
    id: newId(),
    contactId,
    locationId: state.location.id,
    dateAdded: now,
    dateUpdated: now,
    lastMessageDate: now,
    deleted: false,
    unreadCount: 0,
  };
  state.conversations.set(conversation.id, conversation);
  return conversation;
};
const startConversation = (ctx: RouteContext, contactId: string) => startConversationIn(ctx.state, contactId, ctx.now);

const recordIn = (state: LocationState, conversation: Json, message: Json, now: string) => {
  // A logged message keeps the time it was received (`date`), as GHL does.
  const at = typeof message.date === 'string' && message.date ? message.date : now;
  const stored: Json = {
    id: newId(),
    conversationId: conversation.id,
    contactId: conversation.contactId,
    dateAdded: at,
    status: 'delivered',
    ...message,
  };
  state.messages.set(String(stored.id), stored);
  Object.assign(conversation, { lastMessageDate: at, dateUpdated: now });
  if (message.direction === 'inbound') conversation.unreadCount = Number(conversation.unreadCount ?? 0) + 1;
  return stored;
};
const record = (ctx: RouteContext, conversation: Json, message: Json) =>
  recordIn(ctx.state, conversation, message, ctx.now);

/** When each location last sent a message: GHL's provider needs a moment after each. */
const lastSendAt = new WeakMap<LocationState, number>();

/** GHL's numeric message types, by the channel names the app sends. */
const TYPE_NUMBERS: Record<string, number> = { Call: 1, SMS: 2, Email: 3, WhatsApp: 19 };

/** GHL's message type name for a channel: a custom provider's SMS is TYPE_CUSTOM_PROVIDER_SMS. */
const messageTypeOf = (type: unknown) =>
  type === 'Custom' ? 'TYPE_CUSTOM_PROVIDER_SMS' : `TYPE_${String(type).toUpperCase()}`;

/** A stored message in GHL's shape (GetMessageResponseDto). */
const shownMessage = (ctx: RouteContext, m: Json): Json => ({
  id: m.id,
  type: TYPE_NUMBERS[String(m.type)] ?? 2,
  messageType: messageTypeOf(m.type),
  locationId: ctx.state.location.id,
  contactId: m.contactId,
  conversationId: m.conversationId,
  dateAdded: m.dateAdded,
  body: String(m.message ?? ''),
  direction: m.direction,
  status: m.status,
  contentType: m.type === 'Email' ? 'text/html' : 'text/plain',
  source: 'api',
  attachments: (m.attachments as string[] | undefined) ?? [],
  ...(m.emailMessageId ? { meta: { email: { messageIds: [m.emailMessageId] } } } : {}),
});

/** An email in GHL's shape (GetEmailMessageResponseDto). */
const shownEmail = (ctx: RouteContext, m: Json): Json => {
  const contact = contactOf(ctx, m.contactId) ?? {};
  return {
    id: m.emailMessageId,
    threadId: m.emailMessageId,
    locationId: ctx.state.location.id,
    contactId: m.contactId,
    conversationId: m.conversationId,
    dateAdded: m.dateAdded,
    subject: String(m.subject ?? ''),
    body: String(m.message ?? ''),
    direction: m.direction,
    status: m.status,
    contentType: 'text/html',
    from: `${String(ctx.state.location.name)} <${String(ctx.state.location.email)}>`,
    to: [String(contact.email ?? '')],
  };
};

/**
 * A recorded, transcribed phone call in the contact's conversation: GHL's phone system makes
 * these, no API call does, so tests and the demo place them directly.
 */
export const addRecordedCall = (
  state: LocationState,
  contactId: string,
  call: { recording: Buffer; sentences: string[] },
  now = new Date().toISOString(),
) => {
  const conversation =
    [...state.conversations.values()].find((c) => c.contactId === contactId) ??
    startConversationIn(state, contactId, now);
  return recordIn(
    state,
    conversation,
    { type: 'Call', direction: 'inbound', message: '', status: 'delivered', ...call },
    now,
  );
};

const messageOf = (ctx: RouteContext, id: string | undefined): Json | Reply =>
  recordOr404(ctx.state.messages, id, 'Message');

/** A call's transcript sentences (GetMessageTranscriptionResponseDto), or the reply to send instead. */
const sentencesOf = (ctx: RouteContext): { sentences: Json[] } | Reply => {
  const call = messageOf(ctx, ctx.params.messageId);
  if (isReply(call)) return call;
  const sentences = call.sentences as string[] | undefined;
  if (!sentences?.length) return notFound('Transcription');
  return {
    sentences: sentences.map((transcript, index) => ({
      mediaChannel: (index % 2) + 1,
      sentenceIndex: index,
      startTime: index * 4000,
      endTime: index * 4000 + 3500,
      transcript,
      confidence: 0.92,
    })),
  };
};

/** The Conversations API: static paths before `/conversations/{conversationId}`. */
export const conversationRoutes = [
  route('GET', '/conversations/search', (ctx) => {
    const contactId = ctx.query.get('contactId');
    const q = (ctx.query.get('query') ?? '').toLowerCase();
    const matches = [...ctx.state.conversations.values()]
      .filter((c) => !contactId || c.contactId === contactId)
      .map((c) => listed(ctx, c))
      .filter(
        (c) =>
          !q || [c.contactName, c.email, c.phone, c.lastMessageBody].some((v) => String(v).toLowerCase().includes(q)),
      );
    return [200, { conversations: matches.slice(0, Number(ctx.query.get('limit') ?? 20)), total: matches.length }];
  }),
  route('POST', '/conversations/messages/upload', upload),
  route('POST', '/conversations/messages/inbound', (ctx): Reply => {
    if (ctx.body.conversationProviderId !== SANDBOX_CONVERSATION_PROVIDER_ID)
      return badRequest('Conversation provider not found for this location');
    const conversation = ctx.state.conversations.get(String(ctx.body.conversationId));
    if (!conversation || conversation.contactId !== ctx.body.contactId) return notFound('Conversation');
    const message = record(ctx, conversation, {
      type: ctx.body.type,
      direction: 'inbound',
      message: ctx.body.message,
      dateAdded: ctx.body.date ?? ctx.now,
      attachments: ctx.body.attachments,
    });
    return [
      200,
      {
        success: true,
        conversationId: conversation.id,
        messageId: message.id,
        message: String(message.message ?? ''),
        contactId: conversation.contactId,
        dateAdded: message.dateAdded,
      },
    ];
  }),
  route('POST', '/conversations/messages', (ctx): Reply => {
    const now = Date.parse(ctx.now);
    if (now - (lastSendAt.get(ctx.state) ?? Number.NEGATIVE_INFINITY) < ctx.habits.providerSettleMs) {
      return [403, { statusCode: 403, message: 'No conversation provider found' }];
    }
    const contact = contactOf(ctx, ctx.body.contactId);
    if (!contact) return notFound('Contact');
    if (ctx.body.type === 'SMS' && !contact.phone)
      return badRequest('The contact has no phone number to send an SMS to');
    if (ctx.body.type === 'Email' && !contact.email)
      return badRequest('The contact has no email address to send an email to');
    const channel = String(ctx.body.type);
    const setting = (contact.dndSettings as Record<string, { status?: string }> | undefined)?.[channel];
    // GHL's words for a send to an opted-out contact, whether DND is on for every channel or this one.
    if (contact.dnd === true || setting?.status === 'active' || setting?.status === 'permanent')
      return badRequest(`Cannot send message as DND is active for ${channel}.`);
    const from = ctx.body.fromNumber;
    const number = ctx.state.phoneNumbers.find((n) => n.phoneNumber === from);
    // GHL's words (its help article "Not a Valid SMS-Capable From Number").
    if (from !== undefined && !(number?.capabilities as Json | undefined)?.sms)
      return badRequest(`${String(from)} is not a valid SMS-capable "From" number of this location`);
    const scheduledAt = ctx.body.scheduledTimestamp;
    if (scheduledAt !== undefined && Number(scheduledAt) * 1000 <= now)
      return badRequest('scheduledTimestamp must be in the future');
    const conversation =
      [...ctx.state.conversations.values()].find((c) => c.contactId === contact.id) ??
      startConversation(ctx, String(contact.id));
    const emailMessageId = ctx.body.type === 'Email' ? newId() : undefined;
    const message = record(ctx, conversation, {
      type: ctx.body.type,
      direction: 'outbound',
      status: scheduledAt === undefined ? 'pending' : 'scheduled',
      message: ctx.body.message ?? ctx.body.html,
      subject: ctx.body.subject,
      emailMessageId,
      fromNumber: from,
      scheduledTimestamp: scheduledAt,
      attachments: ctx.body.attachments,
    });
    lastSendAt.set(ctx.state, now);
    // What GHL's live answer to a send holds: the conversation and the new message.
    return [
      200,
      { conversationId: conversation.id, messageId: message.id, ...(emailMessageId ? { emailMessageId } : {}) },
    ];
  }),
  route('DELETE', '/conversations/messages/{messageId}/schedule', (ctx): Reply => {
    const message = messageOf(ctx, ctx.params.messageId);
    if (isReply(message)) return message;
    if (message.status !== 'scheduled') return badRequest('Only a scheduled message can be cancelled');
    ctx.state.messages.delete(String(message.id));
    return [200, { status: 200, message: 'Scheduled message cancelled' }];
  }),
  route('GET', '/conversations/messages/email/{id}', (ctx): Reply => {
    const email = [...ctx.state.messages.values()].find((m) => m.emailMessageId === ctx.params.id);
    return email ? [200, shownEmail(ctx, email)] : notFound('Email message');
  }),
  route('PUT', '/conversations/messages/{messageId}/status', (ctx): Reply => {
    const message = messageOf(ctx, ctx.params.messageId);
    if (isReply(message)) return message;
    Object.assign(message, { status: ctx.body.status, ...(ctx.body.error ? { error: ctx.body.error } : {}) });
    return [200, { conversationId: message.conversationId, messageId: message.id, status: message.status }];
  }),
  route('GET', '/conversations/messages/{messageId}/locations/{locationId}/recording', (ctx): Reply => {
    const call = messageOf(ctx, ctx.params.messageId);
    if (isReply(call)) return call;
    return call.recording ? [200, new FileBody(call.recording as Buffer, 'audio/mpeg')] : notFound('Recording');
  }),
  route('GET', '/conversations/messages/{id}', (ctx): Reply => {
    const message = messageOf(ctx, ctx.params.id);
    // Wrapped as GHL's live answers wrap it.
    return isReply(message) ? message : [200, { message: shownMessage(ctx, message) }];
  }),
  route('GET', '/conversations/locations/{locationId}/messages/{messageId}/transcription', (ctx): Reply => {
    const found = sentencesOf(ctx);
    return isReply(found) ? found : [200, found.sentences];
  }),
  route('GET', '/conversations/locations/{locationId}/messages/{messageId}/transcription/download', (ctx): Reply => {
    const found = sentencesOf(ctx);
    if (isReply(found)) return found;
    const text = found.sentences.map((s) => `[${Number(s.startTime) / 1000}s] ${String(s.transcript)}`).join('\n');
    return [200, new FileBody(Buffer.from(text, 'utf8'), 'text/plain')];
  }),
  route('POST', '/conversations/providers/live-chat/typing', (ctx): Reply =>
    ctx.state.conversations.has(String(ctx.body.conversationId)) ? [201, { success: true }] : notFound('Conversation'),
  ),
  route('POST', '/conversations/', (ctx): Reply => {
    if (!contactOf(ctx, ctx.body.contactId)) return notFound('Contact');
    if ([...ctx.state.conversations.values()].some((c) => c.contactId === ctx.body.contactId))
      return badRequest('Conversation already exists');
    const { unreadCount: _u, ...conversation } = startConversation(ctx, String(ctx.body.contactId));
    return [201, { success: true, conversation }];
  }),
  route('GET', '/conversations/{conversationId}/messages', (ctx): Reply => {
    if (!ctx.state.conversations.has(ctx.params.conversationId!)) return notFound('Conversation');
    const type = ctx.query.get('type');
    const messages = [...ctx.state.messages.values()]
      .filter((m) => m.conversationId === ctx.params.conversationId)
      .map((m) => shownMessage(ctx, m))
      .filter((m) => !type || type.split(',').includes(String(m.messageType)))
      .reverse()
      .slice(0, Number(ctx.query.get('limit') ?? 20));
    return [200, { messages: { lastMessageId: String(messages.at(-1)?.id ?? ''), nextPage: false, messages } }];
  }),
  route('GET', '/conversations/{conversationId}', (ctx): Reply => {
    const c = ctx.state.conversations.get(ctx.params.conversationId!);
    if (!c) return notFound('Conversation');
    return [
      200,
      {
        id: c.id,
        contactId: c.contactId,
        locationId: c.locationId,
        deleted: false,
        inbox: true,
        type: 1,
        unreadCount: Number(c.unreadCount ?? 0),
        starred: false,
      },
    ];
  }),
];
