import { endpoint } from '../../http/endpoint';
import { API_VERSION, conversationProviderId } from '../../config';
import { errors } from 'zapier-platform-core';
import { contactId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { dateTime, longText, text } from '../../operations/inputs';
import type { GhlCaller } from '../../operations/spec';
import { loggedOutputFields, loggedSample } from './samples';

const findConversation = endpoint('GET', '/conversations/search', API_VERSION.calendarsAndConversations);
const createConversation = endpoint('POST', '/conversations/', API_VERSION.calendarsAndConversations);

/** The contact's conversation: the existing one, or a new one when they have none yet. */
const contactConversation = async (ghl: GhlCaller, values: Record<string, unknown>) => {
  const { contactId: contact, locationId } = values;
  const found = await ghl(findConversation, { locationId, contactId: contact, limit: 1 });
  const existing = (found?.conversations as Array<{ id?: string }> | undefined)?.[0]?.id;
  if (existing) return { conversationId: existing };
  const created = await ghl(createConversation, { locationId, contactId: contact });
  const conversationId = (created?.conversation as { id?: string } | undefined)?.id;
  // GHL answers 404 for a contact it does not have: say so, rather than send a message with no conversation.
  if (!conversationId) {
    throw new errors.Error(
      `HighLevel has no contact ${String(contact)} in this location, so the SMS could not be logged: map the Contact ID from Find or Create Contact.`,
      'ContactNotFound',
      404,
    );
  }
  return { conversationId };
};

export default defineGhlCreate({
  key: 'add_inbound_message',
  noun: 'Message',
  label: 'Log Inbound SMS',
  description:
    "Logs an SMS that an SMS gateway (such as WinSMS or SMSGlobal) received into the contact's HighLevel conversation, starting the conversation if needed.",
  endpoint: endpoint('POST', '/conversations/messages/inbound', API_VERSION.calendarsAndConversations),
  fromConnection: ['locationId'],
  inputs: [
    contactId('The contact who sent the SMS, such as the one Find or Create Contact returned.'),
    longText(
      'message',
      { label: 'Message', helpText: 'The text of the SMS, as the gateway received it.', required: true },
      5000,
    ),
    dateTime('date', {
      label: 'Received At',
      helpText: 'When the gateway received the SMS, in any common form. Default: now.',
    }),
    text(
      'altId',
      {
        label: 'Gateway Message ID',
        helpText:
          "The SMS gateway's own ID for this message. The same message arriving again within 7 days is logged only once (without it: the same contact, text and Received At).",
      },
      200,
    ),
  ],
  // Gateways deliver at least once: the same SMS is logged once.
  once: ({ altId, contactId: contact, message, date }) =>
    altId ? `gateway:${String(altId)}` : date ? `sms:${String(contact)}:${String(date)}:${String(message)}` : undefined,
  derive: () => ({ type: 'SMS', direction: 'inbound', conversationProviderId: conversationProviderId() }),
  lookup: { calls: [findConversation, createConversation], run: contactConversation },
  // The inbound endpoint takes no locationId; the lookups above do.
  sends: ['type', 'direction', 'conversationProviderId', 'conversationId', 'contactId', 'message', 'date', 'altId'],
  sample: loggedSample,
  outputFields: loggedOutputFields,
});
