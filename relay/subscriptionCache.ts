import type { Subscription } from './store';

/** A location's subscriptions to one event type are looked up under this key. */
export const subscriptionKey = (locationId: string, eventType: string) => `${locationId}\n${eventType}`;

/** The subscriptions under some keys, all as of one version of the subscriptions table. */
export interface SubscriptionsView {
  version: number;
  of: (key: string) => Subscription[];
}

/**
 * The subscriptions of each location and event type as of one version of the subscriptions
 * table (a counter the database bumps with every change to it). Whoever uses a view checks, in
 * the same statement as the write that relies on it, that its version still holds; when it does
 * not, the keys are read again. Past `maxKeys` (locations times event types that had an event)
 * it starts afresh, so thousands of quiet locations cost no memory for ever.
 */
export const subscriptionCache = (maxKeys = 50_000) => {
  let version = -1;
  let byKey = new Map<string, Subscription[]>();
  return {
    /** A view of `keys` if every one of them is held, else undefined (read them). */
    view(keys: string[]): SubscriptionsView | undefined {
      const held = byKey;
      if (!keys.every((key) => held.has(key))) return undefined;
      return { version, of: (key) => held.get(key) ?? [] };
    },
    /** What one read found at `readVersion` for `keys` (every one of them), as a view of its own. */
    fill(readVersion: number, keys: string[], subscriptions: Subscription[]): SubscriptionsView {
      const read = new Map<string, Subscription[]>(keys.map((key) => [key, []]));
      for (const subscription of subscriptions) {
        read.get(subscriptionKey(subscription.locationId, subscription.eventType))?.push(subscription);
      }
      if (readVersion !== version || byKey.size + read.size > maxKeys) {
        byKey = new Map();
        version = readVersion;
      }
      for (const [key, list] of read) byKey.set(key, list);
      return { version: readVersion, of: (key) => read.get(key) ?? [] };
    },
    /** A write found the version changed: nothing held can be trusted. */
    forget() {
      version = -1;
      byKey = new Map();
    },
  };
};
