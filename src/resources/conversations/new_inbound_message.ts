import { choice } from '../../operations/inputs';
import { defineGhlHookTrigger } from '../../operations/hookTrigger';
import { withoutEnvelope } from '../shared/eventRows';
import { MESSAGE_MEDIA, inboundMessageEventOutputFields, inboundMessageEventSample } from './samples';
import search_conversations from './search_conversations';

type Row = Record<string, unknown>;

/** The channels GHL names in an InboundMessage's `messageType`. */
const CHANNELS = {
  SMS: 'SMS',
  Email: 'Email',
  CALL: 'Call or Voicemail',
  WhatsApp: 'WhatsApp',
  FB: 'Facebook',
  IG: 'Instagram',
  GMB: 'Google Business Profile',
  Live_Chat: 'Live Chat',
  // What a gateway connected to GHL as a conversation provider (a custom SMS provider) delivers.
  Custom: 'Custom Provider (such as an SMS gateway)',
};

/** The webhook's channel name for a message type the conversation search gives (TYPE_SMS, TYPE_CUSTOM_PROVIDER_SMS). */
const channelOf = (lastMessageType: unknown) => {
  const type = String(lastMessageType ?? '').replace(/^TYPE_/, '');
  return type.startsWith('CUSTOM') ? 'Custom' : type;
};

/** A message's row: GHL's payload, with the message's ID as the row's (one row per message). */
const messageRow = (payload: Row): Row => ({ id: payload.messageId ?? payload.webhookId, ...withoutEnvelope(payload) });

/** A conversation as the search lists it, as the InboundMessage of its last message. */
const lastMessageAsEvent = (conversation: Row): Row => ({
  type: 'InboundMessage',
  locationId: conversation.locationId,
  messageId: conversation.lastMessageId ?? `${String(conversation.id)}-${String(conversation.lastMessageDate)}`,
  conversationId: conversation.id,
  contactId: conversation.contactId,
  body: conversation.lastMessageBody,
  messageType: channelOf(conversation.lastMessageType),
  direction: conversation.lastMessageDirection ?? 'inbound',
  dateAdded: new Date(Number(conversation.lastMessageDate)).toISOString(),
});

export default defineGhlHookTrigger({
  key: 'new_inbound_message',
  noun: 'Message',
  label: 'Inbound Message Received',
  description: 'Triggers when a contact sends a message (SMS, email, call, chat) to the HighLevel location.',
  event: 'InboundMessage',
  filters: [
    {
      input: choice(
        'channel',
        { label: 'Channel', helpText: 'Only messages on this channel, such as SMS. Leave empty for every channel.' },
        CHANNELS,
      ),
      path: 'messageType',
    },
  ],
  toRow: messageRow,
  media: MESSAGE_MEDIA,
  list: {
    trigger: search_conversations,
    keep: (conversation) => (conversation.lastMessageDirection ?? 'inbound') === 'inbound',
    toPayload: lastMessageAsEvent,
  },
  sample: { ...messageRow(inboundMessageEventSample), attachmentFiles: inboundMessageEventSample.attachments },
  outputFields: inboundMessageEventOutputFields,
});
