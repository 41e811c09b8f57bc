import type { Create, Search, Trigger } from 'zapier-platform-core';

/** Zapier wants operations keyed by their own `key`. */
export const byKey = <T extends Trigger | Search | Create>(operations: T[]): Record<string, T> => {
  const keyed: Record<string, T> = {};
  for (const operation of operations) {
    if (keyed[operation.key]) throw new Error(`Two operations share the key "${operation.key}"`);
    keyed[operation.key] = operation;
  }
  return keyed;
};
