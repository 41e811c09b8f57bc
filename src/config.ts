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
export const conversationProviderId = (): string => {
  const id = process.env.GHL_CONVERSATION_PROVIDER_ID;
  if (!id) {
    throw new Error('The app is missing its GHL_CONVERSATION_PROVIDER_ID environment variable: the SMS conversation provider registered for it in the HighLevel marketplace.');
  }
  return id;
};
