import { endpoint } from '../../http/endpoint';
import type { GhlCaller, Lookup } from '../../operations/spec';

/** The channels a contact's `dndSettings` has one setting each for (DndSettingsSchema). */
export const DND_CHANNELS = {
  SMS: 'SMS',
  Email: 'Email',
  Call: 'Calls and Voicemail',
  WhatsApp: 'WhatsApp',
  GMB: 'Google Business Profile',
  FB: 'Facebook',
} as const;
export type DndChannel = keyof typeof DND_CHANNELS;

/** One channel's setting: `active` blocks messages on it, `inactive` allows them. */
export interface DndSetting {
  status: 'active' | 'inactive';
  message: string;
}

/**
 * Replies that are an opt-out or an opt-in when they are the whole message, as carriers read
 * them (CTIA's keywords; Twilio's and GHL's SMS systems act on the same words). "Please stop by
 * the shop" is neither.
 */
const OPT_OUT_WORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);
const OPT_IN_WORDS = new Set(['START', 'UNSTOP']);

/** What an SMS asks for: to stop messages, to start them again, or neither. */
export const smsKeyword = (text: unknown): 'optOut' | 'optIn' | undefined => {
  const word = String(text ?? '')
    .trim()
    .replace(/[\p{P}\s]+$/u, '')
    .toUpperCase();
  if (OPT_OUT_WORDS.has(word)) return 'optOut';
  if (OPT_IN_WORDS.has(word)) return 'optIn';
  return undefined;
};

export const getContactCall = endpoint('GET', '/contacts/{contactId}');
export const updateContactCall = endpoint('PUT', '/contacts/{contactId}');

/**
 * The contact's whole `dndSettings` with one channel changed. GHL's update takes `dndSettings` as
 * one object, so the current settings are read first: sending only the changed channel could
 * clear the others.
 */
export const dndSettingsWith = async (
  ghl: GhlCaller,
  contactId: unknown,
  change: Partial<Record<DndChannel, DndSetting>>,
): Promise<Record<string, unknown>> => {
  const found = await ghl(getContactCall, { contactId });
  const current = (found?.contact as { dndSettings?: Record<string, unknown> } | undefined)?.dndSettings ?? {};
  return { ...current, ...change };
};

/** Turns one channel's Do Not Disturb on or off, keeping the other channels' settings. */
export const changeDnd = async (
  ghl: GhlCaller,
  contactId: unknown,
  change: Partial<Record<DndChannel, DndSetting>>,
) => {
  await ghl(updateContactCall, { contactId, dndSettings: await dndSettingsWith(ghl, contactId, change) });
};

/** The lookup of an update that changes one channel: the merged settings it sends. */
export const mergedDndSettings: Lookup = {
  calls: [getContactCall],
  run: async (ghl, values) => ({
    dndSettings: await dndSettingsWith(ghl, values.contactId, values.dndSettings as Record<DndChannel, DndSetting>),
  }),
};
