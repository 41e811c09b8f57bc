import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import { existingContactOf, ghlMessage, isDuplicateContact, parseErrorBody } from './ghlError';
import { redact, secretsOf } from './redact';
import { unauthorizedError } from './unauthorized';

const PROVIDER_SETTLING = /no conversation provider found/i;

/**
 * GHL refuses a send to a contact who opted out with 400 "Cannot send message as DND is active
 * for SMS." (its words in production logs of January 2026; the spec lists only a bare 400).
 */
const DND_REFUSAL = /DND is active for (\w+)/i;

/** GHL's daily quota (200,000 requests per app per location) recovers over the day: wait long. */
const DAILY_QUOTA_WAIT_SECONDS = 15 * 60;

/**
 * A 429 as GHL means it: the burst limit (100 requests per 10 s) passes in seconds; a spent daily
 * quota (`X-RateLimit-Daily-Remaining: 0`) does not, so Zapier is asked to wait much longer.
 */
const rateLimited = (z: ZObject, response: HttpResponse) => {
  if (response.getHeader('x-ratelimit-daily-remaining')?.trim() === '0') {
    const daily = response.getHeader('x-ratelimit-limit-daily') ?? '200,000';
    // GHL says when the day's quota comes back (`X-RateLimit-Daily-Reset`, milliseconds from now).
    const resetSeconds =
      Math.ceil(Number.parseInt(response.getHeader('x-ratelimit-daily-reset') ?? '', 10) / 1000) || 0;
    return new z.errors.ThrottledError(
      `HighLevel's daily limit for this app on this location (${daily} requests a day) is spent: Zapier will try again later, when HighLevel allows requests again.`,
      Math.max(DAILY_QUOTA_WAIT_SECONDS, resetSeconds, throttleDelaySeconds(response)),
    );
  }
  return new z.errors.ThrottledError(
    'HighLevel rate limit reached (100 requests per 10 seconds per location): Zapier will retry shortly.',
    throttleDelaySeconds(response),
  );
};

/** Seconds to wait after a 429: GHL's `Retry-After`, else the rate-limit window it reports. */
export const throttleDelaySeconds = (response: HttpResponse): number => {
  const retryAfter = Number.parseInt(response.getHeader('retry-after') ?? '', 10);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter;
  const windowMs = Number.parseInt(response.getHeader('x-ratelimit-interval-milliseconds') ?? '', 10);
  if (Number.isFinite(windowMs) && windowMs > 0) return Math.ceil(windowMs / 1000);
  return 10;
};

const isRead = (response: HttpResponse) => (response.request.method ?? 'GET').toUpperCase() === 'GET';

/** GHL's words when a booking time is taken or outside the calendar's hours. */
const SLOT_REFUSAL = /slot|not available|no longer available|availability|outside.*hours|conflict|already booked/i;

/** What a person should do about each status, before GHL's own words. */
const adviceFor = (status: number, body: ReturnType<typeof parseErrorBody>, response: HttpResponse): string => {
  const isBooking = /\/calendars\/events\/(appointments|block-slots)/.test(response.request.url ?? '');
  if (isBooking && status < 500 && SLOT_REFUSAL.test(ghlMessage(body))) {
    return "This time can't be booked on the calendar: it is taken or outside the calendar's available hours. Use Find Free Slots to find an open time, or set Book Even If Not Free to Yes to book it anyway";
  }
  if (isDuplicateContact(body)) {
    const existing = body.meta?.contactId ? ` (existing contact ID ${body.meta.contactId})` : '';
    return `A contact with this email or phone already exists in HighLevel${existing}: use Upsert Contact or Find or Create Contact instead of Create Contact`;
  }
  switch (status) {
    case 400:
    case 422:
      return 'HighLevel rejected the data sent: check the mapped fields';
    case 403:
      return 'HighLevel refused access to this record: check that the connected location has it and that the app was granted the needed permissions, then reconnect your HighLevel account';
    case 404:
      return 'HighLevel could not find this record in the connected location: map the ID from an earlier step, or use a Find step first';
    default:
      if (status >= 500) {
        const retry = isRead(response)
          ? 'Zapier will try again'
          : 'check in HighLevel whether the change was made before replaying the Zap';
        return `HighLevel had a temporary problem (HTTP ${status}): ${retry}`;
      }
      return `HighLevel answered with HTTP ${status}`;
  }
};

/**
 * afterResponse: turn GHL errors into messages a non-developer can act on. The app has no
 * `autoRefresh` (core would turn every 401 into a refresh): 401s are told apart here.
 */
export const mapGhlErrors = async (response: HttpResponse, z: ZObject, bundle: Bundle): Promise<HttpResponse> => {
  const { status } = response;
  if (status < 400) return response;
  const allowNotFound = Boolean(response.request.middlewareData?.allowNotFound);
  if (status === 404 && allowNotFound) return response;
  // The caller turns a refusal naming the existing record into that record.
  const allowExisting = Boolean(response.request.middlewareData?.allowExisting);
  if (allowExisting && existingContactOf(response)) return response;
  // The caller reads this error itself (the token exchange does).
  if (response.skipThrowForStatus && !allowNotFound && !allowExisting) return response;
  if (status === 401) throw await unauthorizedError(z, response, bundle);
  if (status === 429) throw rateLimited(z, response);
  const body = parseErrorBody(response);
  // Right after a message is sent GHL answers this for a few seconds (its docs issue 4): nothing
  // was sent, so waiting and trying again is safe, and nothing is wrong with the connection.
  if (status === 403 && PROVIDER_SETTLING.test(ghlMessage(body))) {
    throw new z.errors.ThrottledError(
      'HighLevel is still recording the previous message of this conversation ("No conversation provider found"): Zapier will try again in a few seconds.',
      10,
    );
  }
  // An opted-out contact is not an error to fix: the step stops, and the Zap stays on.
  const dnd = status === 400 ? DND_REFUSAL.exec(ghlMessage(body)) : null;
  if (dnd) {
    throw new z.errors.HaltedError(
      `Not sent: the contact opted out of ${dnd[1]} (Do Not Disturb is on for ${dnd[1]} in HighLevel). Use Opt Contact Back in to Channel only if they asked to hear from you again.`,
    );
  }
  // GHL sometimes echoes what it was sent: no token or secret may reach the message.
  const said = redact(ghlMessage(body), secretsOf(bundle));
  const advice = adviceFor(status, body, response);
  const message = said ? `${advice}. HighLevel said: "${said}" (HTTP ${status}).` : `${advice}.`;
  if (status >= 500 && isRead(response)) {
    // A failed read is safe to repeat: ask Zapier to retry it like a throttled call.
    throw new z.errors.ThrottledError(message, 30);
  }
  throw new z.errors.Error(message, isDuplicateContact(body) ? 'DuplicateContact' : `HTTP${status}`, status);
};
