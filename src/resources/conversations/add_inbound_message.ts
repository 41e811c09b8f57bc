import { conversationProviderId } from '../../config';
import { contactId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { dateTime, longText } from '../../operations/inputs';
import type { GhlCaller } from '../../operations/spec';
import { conversationEndpoint } from './endpoint';
import { loggedOutputFields, loggedSample } from './samples';

const findConversation = conversationEndpoint('GET', '/conversations/search');
const createConversation = conversationEndpoint('POST', '/conversations/');

/** The contact's conversation: the existing one, or a new one when they have none yet. */
const contactConversation = async (ghl: GhlCaller, values: Record<string, unknown>) => {
  const { contactId: contact, locationId } = values;
  const found = await ghl(findConversation, { locationId, contactId: contact, limit: 1 });
  const existing = (found?.conversations as Array<{ id?: string }> | undefined)?.[0]?.id;
  if (existing) return { conversationId: existing };
  const created = await ghl(createConversation, { locationId, contactId: contact });
  return { conversationId: (created?.conversation as { id?: string } | undefined)?.id };
};

export default defineGhlCreate({
  key: 'add_inbound_message',
  noun: 'Message',
  label: 'Log Inbound SMS',
  description: "Logs an SMS that an SMS gateway (such as WinSMS or SMSGlobal) received into the contact's HighLevel conversation, starting the conversation if needed.",
  endpoint: conversationEndpoint('POST', '/conversations/messages/inbound'),
  fromConnection: ['locationId'],
  inputs: [
    contactId('The contact who sent the SMS, such as the one Find or Create Contact returned.'),
    longText('message', { label: 'Message', helpText: 'The text of the SMS, as the gateway received it.', required: true }, 5000),
    dateTime('date', { label: 'Received At', helpText: 'When the gateway received the SMS, in any common form. Default: now.' }),
  ],
  derive: () => ({ type: 'SMS', direction: 'inbound', conversationProviderId: conversationProviderId() }),
  lookup: { calls: [findConversation, createConversation], run: contactConversation },
  // The inbound endpoint takes no locationId; the lookups above do.
  sends: ['type', 'direction', 'conversationProviderId', 'conversationId', 'contactId', 'message', 'date'],
  sample: loggedSample,
  outputFields: loggedOutputFields,
});
