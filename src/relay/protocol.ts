import { createHmac, timingSafeEqual } from 'node:crypto';
import { unwrap } from '../operations/unwrap';

/**
 * How the app and the webhook relay talk. The relay imports this file and nothing else of the
 * app (it reads dotted paths with the app's own `unwrap`): subscription requests are signed with RELAY_SECRET, a secret only the two share, over the
 * method, the path, the body and a timestamp, so a captured request cannot be replayed elsewhere
 * or later (the relay refuses a timestamp more than five minutes away and a signature seen before).
 */
export const RELAY_TIMESTAMP_HEADER = 'x-relay-timestamp';
export const RELAY_SIGNATURE_HEADER = 'x-relay-signature';
/** Each delivery's own ID: the same on every retry of it, so a Zap can tell a repeat. */
export const RELAY_DELIVERY_HEADER = 'x-relay-delivery-id';
export const RELAY_MAX_SKEW_MS = 5 * 60_000;

/** GHL's webhook events the app offers as instant triggers. */
export const INSTANT_EVENTS = [
  'InboundMessage',
  'ContactCreate',
  'ContactUpdate',
  'ContactTagUpdate',
  'OpportunityStageUpdate',
  'OpportunityStatusUpdate',
  'AppointmentCreate',
  'TaskComplete',
  'NoteCreate',
] as const;
export type InstantEvent = (typeof INSTANT_EVENTS)[number];

/**
 * What `performSubscribe` asks for: one Zap's hook URL, for one location's events of one type.
 * Each filter names a field of GHL's payload (dotted for nested ones, `appointment.calendarId`)
 * and the value it must hold; a list field matches when it contains the value.
 */
export interface SubscriptionRequest {
  hookUrl: string;
  locationId: string;
  eventType: InstantEvent;
  filters: Record<string, string>;
}

const signed = (secret: string, timestamp: string, method: string, path: string, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}\n${method.toUpperCase()}\n${path}\n${body}`).digest('hex');

/** The headers that sign one request to the relay. */
export const signRelayRequest = (secret: string, method: string, path: string, body: string, now = Date.now()) => {
  const timestamp = String(now);
  return {
    [RELAY_TIMESTAMP_HEADER]: timestamp,
    [RELAY_SIGNATURE_HEADER]: signed(secret, timestamp, method, path, body),
  };
};

export type RelayRequestCheck = 'ok' | 'unsigned' | 'stale' | 'wrong';

/** Whether a request to the relay was signed with the shared secret, just now. */
export const checkRelayRequest = (
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  method: string,
  path: string,
  body: string,
  now = Date.now(),
): RelayRequestCheck => {
  const timestamp = headers[RELAY_TIMESTAMP_HEADER];
  const signature = headers[RELAY_SIGNATURE_HEADER];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return 'unsigned';
  if (!/^\d{10,16}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > RELAY_MAX_SKEW_MS) return 'stale';
  const expected = Buffer.from(signed(secret, timestamp, method, path, body), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'wrong';
};

const same = (value: unknown, wanted: string) =>
  (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
  String(value).toLowerCase() === wanted.toLowerCase();

/** A subscription's filters all hold for a payload: equal values (any case), or a list holding the value. */
export const matchesFilters = (filters: Record<string, string>, payload: unknown): boolean =>
  Object.entries(filters).every(([path, wanted]) => {
    const value = unwrap(payload, path);
    return Array.isArray(value) ? value.some((item) => same(item, wanted)) : same(value, wanted);
  });
