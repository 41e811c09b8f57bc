import { endpoint } from '../../http/endpoint';
import { API_VERSION, conversationProviderId } from '../../config';
import { contactId } from '../../fields/records';
import { attachmentFiles } from '../../operations/attachments';
import { defineGhlCreate } from '../../operations/define';
import { boolean, dateTime, longText, text } from '../../operations/inputs';
import {
  ATTACHMENT_CALLS,
  contactConversation,
  createConversation,
  findConversation,
  uploadedAttachments,
} from './contactConversation';
import { changeDnd, getContactCall, smsKeyword, updateContactCall } from '../contacts/doNotDisturb';
import { outputField } from '../../operations/outputFields';
import { loggedOutputFields, loggedSample } from './samples';

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
    attachmentFiles('attachments', {
      label: 'Media',
      helpText:
        'Photos or files the SMS carried (MMS), as files or links from the gateway step: JPG, PNG, MP4, MP3, WAV, PDF and other types HighLevel takes, 5 MB at most in all. They are copied into HighLevel.',
    }),
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
    calls: [getContactCall, updateContactCall, findConversation, createConversation, ...ATTACHMENT_CALLS],
    run: async (ghl, values, io) => {
      if (values.smsDnd)
        await changeDnd(ghl, values.contactId, { SMS: values.smsDnd as NonNullable<ReturnType<typeof smsOptChange>> });
      const { conversationId } = await contactConversation(ghl, values);
      return { conversationId, ...(await uploadedAttachments(ghl, values, io, conversationId)) };
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
  sends: [
    'type',
    'direction',
    'conversationProviderId',
    'conversationId',
    'contactId',
    'message',
    'date',
    'altId',
    'attachments',
  ],
  sample: { ...loggedSample, smsDoNotDisturb: 'unchanged' },
  outputFields: [...loggedOutputFields, outputField('smsDoNotDisturb', 'SMS Do Not Disturb Change')],
});
