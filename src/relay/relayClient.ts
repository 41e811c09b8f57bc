import type { ZObject } from 'zapier-platform-core';
import { requiredSettings } from '../config';
import { type SubscriptionRequest, signRelayRequest } from './protocol';

const relaySettings = () =>
  requiredSettings(
    ['RELAY_URL', 'RELAY_SECRET'] as const,
    "the webhook relay that turns HighLevel's events into instant triggers",
  );

/**
 * A signed call to the webhook relay. Its answers are read here, not by the GHL error mapping:
 * a relay refusal is the app owner's to fix, never the user's connection.
 */
const callRelay = async (z: ZObject, method: 'POST' | 'DELETE', path: string, body: string) => {
  const { RELAY_URL, RELAY_SECRET } = relaySettings();
  const response = await z.request({
    url: `${RELAY_URL.replace(/\/+$/, '')}${path}`,
    method,
    headers: { 'content-type': 'application/json', ...signRelayRequest(RELAY_SECRET, method, path, body) },
    ...(body ? { body } : {}),
    skipThrowForStatus: true,
  });
  if (response.status >= 500 || response.status === 429) {
    throw new z.errors.ThrottledError('The instant-trigger relay is busy or restarting: Zapier will try again.', 30);
  }
  if (response.status >= 400) {
    const said = (response.data as { message?: string } | undefined)?.message ?? `HTTP ${response.status}`;
    throw new z.errors.Error(
      `The instant-trigger relay refused the request (${said}). This is the app's setup, not your connection: contact the app's owner.`,
      'RelayRefused',
      500,
    );
  }
  return response.data as Record<string, unknown>;
};

export const subscribeAtRelay = (z: ZObject, request: SubscriptionRequest) =>
  callRelay(z, 'POST', '/subscriptions', JSON.stringify(request));

export const unsubscribeAtRelay = (z: ZObject, id: string) =>
  callRelay(z, 'DELETE', `/subscriptions/${encodeURIComponent(id)}`, '');
