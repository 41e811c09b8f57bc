import { randomUUID } from 'node:crypto';
import type { AcceptedEvent, Delivery, Subscription } from './store';

/** The columns a new subscription is inserted with, in order. */
export const SUBSCRIPTION_COLUMNS = 'id, hook_url, location_id, event_type, filters, created_at';

export const subscriptionValues = (subscription: Omit<Subscription, 'id' | 'createdAt'>, id: string, now: number) => [
  id,
  subscription.hookUrl,
  subscription.locationId,
  subscription.eventType,
  JSON.stringify(subscription.filters),
  now,
];

type Row = Record<string, unknown>;

/** Both stores keep the same columns; only how `filters` is stored differs (JSON text or jsonb). */
export const toSubscription = (row: Row): Subscription => ({
  id: String(row.id),
  hookUrl: String(row.hook_url),
  locationId: String(row.location_id),
  eventType: String(row.event_type) as Subscription['eventType'],
  filters: (typeof row.filters === 'string' ? JSON.parse(row.filters) : row.filters) as Record<string, string>,
  createdAt: Number(row.created_at),
});

export const toDelivery = (row: Row): Delivery => ({
  id: String(row.id),
  webhookId: String(row.webhook_id),
  subscriptionId: String(row.subscription_id),
  hookUrl: String(row.hook_url),
  body: String(row.body ?? ''),
  attempts: Number(row.attempts),
  createdAt: Number(row.created_at),
});

/** A first delivery of an event to one subscription, as both stores insert it. */
export const newDelivery = (event: AcceptedEvent, subscription: Subscription, now: number): Delivery => ({
  id: randomUUID(),
  webhookId: event.webhookId,
  subscriptionId: subscription.id,
  hookUrl: subscription.hookUrl,
  body: event.body,
  attempts: 0,
  createdAt: now,
});
