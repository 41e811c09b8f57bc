import { endpoint } from '../../http/endpoint';
import { API_VERSION, conversationProviderId } from '../../config';
import { errors } from 'zapier-platform-core';
import { contactId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { boolean, dateTime, longText, text } from '../../operations/inputs';
import type { GhlCaller } from '../../operations/spec';
import { changeDnd, getContactCall, smsKeyword, updateContactCall } from '../contacts/doNotDisturb';
import { outputField } from '../../operations/outputFields';
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

/** What a logged SMS does to the contact's SMS Do Not Disturb, when it is an opt-out or opt-in reply. */
const smsOptChange = (values: Record<string, unknown>) => {
  if (values.honourOptOut === false) return undefined;
  const keyword = smsKeyword(values.message);
  if (!keyword) return undefined;
  const word = String(values.message).trim();
  const at = typeof values.date === 'string' ? values.date : new Date().toISOString();
  return keyword === 'optOut'
    ? { status: 'active' as const, message: `Replied "${word}" by SMS on ${at}` }
    : { status: 'inactive' as const, message: `Replied "${word}" by SMS on ${at}, opting back in` };
};

const DND_OUTCOME = { active: 'turned on', inactive: 'turned off' } as const;

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
    {
      ...boolean('honourOptOut', {
        label: 'Honour STOP Replies',
        helpText:
          "Yes (the default): an SMS that is only STOP, STOPALL, UNSUBSCRIBE, CANCEL, END or QUIT turns on the contact's SMS Do Not Disturb, and START or UNSTOP turns it off again. No: only log the SMS.",
        extra: { default: 'yes' },
      }),
      internal: true,
    },
  ],
  // Gateways deliver at least once: the same SMS is logged once.
  once: ({ altId, contactId: contact, message, date }) =>
    altId ? `gateway:${String(altId)}` : date ? `sms:${String(contact)}:${String(date)}:${String(message)}` : undefined,
  derive: (_given, withInternal) => ({
    type: 'SMS',
    direction: 'inbound',
    conversationProviderId: conversationProviderId(),
    smsDnd: smsOptChange(withInternal),
  }),
  // An opt-out is honoured before the SMS is logged: a failed log is retried, and the change
  // (the same settings again) is safe to repeat.
  lookup: {
    calls: [getContactCall, updateContactCall, findConversation, createConversation],
    run: async (ghl, values) => {
      if (values.smsDnd)
        await changeDnd(ghl, values.contactId, { SMS: values.smsDnd as NonNullable<ReturnType<typeof smsOptChange>> });
      return contactConversation(ghl, values);
    },
  },
  ownFields: {
    keys: ['smsDoNotDisturb'],
    of: (inputs) => {
      const change = smsOptChange(inputs);
      return { smsDoNotDisturb: change ? DND_OUTCOME[change.status] : 'unchanged' };
    },
  },
  // The inbound endpoint takes no locationId; the lookups above do.
  sends: ['type', 'direction', 'conversationProviderId', 'conversationId', 'contactId', 'message', 'date', 'altId'],
  sample: { ...loggedSample, smsDoNotDisturb: 'unchanged' },
  outputFields: [...loggedOutputFields, outputField('smsDoNotDisturb', 'SMS Do Not Disturb Change')],
});
