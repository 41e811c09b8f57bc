import { z as zod } from 'zod';
import { INSTANT_EVENTS, type SubscriptionRequest } from '../src/relay/protocol';

const schema = zod.object({
  hookUrl: zod.string().max(2000),
  locationId: zod.string().min(1).max(100),
  eventType: zod.enum(INSTANT_EVENTS),
  filters: zod.record(zod.string().max(200), zod.string().max(500)).default({}),
});

/** A subscription request's body, or what is wrong with it. */
export const readSubscription = (raw: string): SubscriptionRequest | string => {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return 'The body is not JSON';
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  if (Object.keys(parsed.data.filters).length > 10) return 'filters: at most 10';
  return parsed.data;
};
