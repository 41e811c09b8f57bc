import { errors } from 'zapier-platform-core';

/**
 * The app's own settings (`zapier-platform env:set`, or `.env` for `zapier-platform invoke`).
 * A missing one fails the step with a short message naming every one missing; core's errors
 * carry no dump of the bundle, which a plain Error gets.
 */
export const requiredSettings = <K extends string>(names: readonly K[], purpose: string): Record<K, string> => {
  const missing = names.filter((name) => !process.env[name]);
  if (missing.length) {
    const list = missing.join(' and ');
    throw new errors.Error(
      `The app is missing its ${list} environment variable${missing.length > 1 ? 's' : ''} (${purpose}). The app's owner sets ${missing.length > 1 ? 'them' : 'it'} with \`zapier-platform env:set\`; locally, in \`.env\`.`,
      'MissingAppSetting',
      500,
    );
  }
  return Object.fromEntries(names.map((name) => [name, process.env[name]!])) as Record<K, string>;
};

/**
 * Where the app talks to. `GHL_BASE_URL` points everything (API and OAuth pages) at a
 * GHL-compatible host such as the local sandbox; read at call time so tests and the demo
 * can set it after the app is loaded.
 */
export const GHL_API_HOST = 'https://services.leadconnectorhq.com';
export const GHL_MARKETPLACE_HOST = 'https://marketplace.gohighlevel.com';

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export const apiBaseUrl = (): string => trimSlash(process.env.GHL_BASE_URL || GHL_API_HOST);

export const marketplaceBaseUrl = (): string =>
  trimSlash(process.env.GHL_MARKETPLACE_URL || process.env.GHL_BASE_URL || GHL_MARKETPLACE_HOST);

/** The `Version` header values the specs name: most APIs use the first, calendars and conversations the second. */
export const API_VERSION = {
  standard: '2021-07-28',
  calendarsAndConversations: '2021-04-15',
} as const;

export type ApiVersion = (typeof API_VERSION)[keyof typeof API_VERSION];

/**
 * The conversation provider that logs the app's inbound SMS: the SMS provider registered with
 * the app in GHL's marketplace (`zapier-platform env:set GHL_CONVERSATION_PROVIDER_ID=…`).
 */
export const conversationProviderId = (): string =>
  requiredSettings(
    ['GHL_CONVERSATION_PROVIDER_ID'],
    'the SMS conversation provider registered for it in the HighLevel marketplace',
  ).GHL_CONVERSATION_PROVIDER_ID;

/** GHL's client IDs are the marketplace app's ID, a dash and a suffix (`6578278e879ad2646715ba9c-lq4sd3z8`). */
export const marketplaceAppId = (): string =>
  requiredSettings(['CLIENT_ID'], "the HighLevel marketplace app's OAuth client ID").CLIENT_ID.split('-')[0]!;
