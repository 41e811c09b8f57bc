import type { InstantEvent } from '../src/relay/protocol';

export interface Subscription {
  id: string;
  hookUrl: string;
  locationId: string;
  eventType: InstantEvent;
  filters: Record<string, string>;
  createdAt: number;
}

/** One event owed to one subscription's hook URL. */
export interface Delivery {
  id: string;
  webhookId: string;
  subscriptionId: string;
  hookUrl: string;
  body: string;
  attempts: number;
  createdAt: number;
}

/** An event GHL sent, as the relay keeps it until each of its deliveries is done. */
export interface AcceptedEvent {
  webhookId: string;
  type: string;
  locationId: string;
  /** The raw body GHL signed, delivered as it came. */
  body: string;
  payload: unknown;
}

export interface EventToAccept {
  event: AcceptedEvent;
  /** Whether a subscription of the event's location and type wants it (the trigger's filters). */
  matches: (subscription: Subscription) => boolean;
}

export interface AcceptLease {
  until: number;
  /** How many new deliveries the worker has room for now; the rest wait for any worker's claim. */
  max: number;
}

/**
 * Everything the relay keeps. Every method is one transaction, so a process killed at any point
 * leaves either all of a step or none of it.
 */
export interface RelayStore {
  addSubscription(subscription: Omit<Subscription, 'id' | 'createdAt'>, now: number): Promise<Subscription>;
  /** False when there was no such subscription. */
  removeSubscription(id: string): Promise<boolean>;
  /** Removes a location's subscriptions (GHL's UNINSTALL), and what was owed to them. */
  removeLocation(locationId: string): Promise<number>;
  /**
   * Records each event's `webhookId` and a delivery for each subscription it matches, all in one
   * transaction (events that arrived together share its commit). `isNew` is false, and nothing
   * changes for that event, when its `webhookId` was seen before. Up to `lease.max` of the new
   * deliveries are leased to this worker until `lease.until` in the same write and come back in
   * `leased`, so the process that took an event posts it without claiming it again.
   */
  acceptEvents(
    batch: EventToAccept[],
    now: number,
    lease: AcceptLease,
  ): Promise<Array<{ isNew: boolean; deliveries: number; leased: Delivery[] }>>;
  /**
   * Deliveries due by `now`, each leased until `leaseUntil` so no other worker takes it meanwhile;
   * a worker that dies holding one leaves it to be taken again when the lease runs out.
   */
  claimDue(now: number, leaseUntil: number, limit: number): Promise<Delivery[]>;
  /** Records deliveries the hooks took, in one transaction. */
  delivered(ids: string[], now: number): Promise<void>;
  retryAt(id: string, at: number, attempts: number): Promise<void>;
  /** Stops trying: the hook answered it will never take it (a 4xx other than 410 and 429), or a day passed. */
  abandon(id: string, now: number): Promise<void>;
  /** Records a subscription-request signature; false when it was used before (a replay). */
  useRequestSignature(signature: string, expiresAt: number, now: number): Promise<boolean>;
  /** Forgets what no delivery needs any more: finished deliveries and seen webhookIds older than `before`. */
  purge(before: number, now: number): Promise<{ events: number; deliveries: number }>;
  pendingCount(): Promise<number>;
  /** Hands back this worker's claims on deliveries it will not post (it is stopping), so others take them now. */
  releaseLeases(now: number): Promise<void>;
  /** Resolves when the store can take an event now; rejects with why it cannot (the database is down). */
  ready(now: number): Promise<void>;
  close(): Promise<void>;
}
