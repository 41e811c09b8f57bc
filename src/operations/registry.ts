import type { Create, Search, SearchOrCreate, Trigger } from 'zapier-platform-core';

/** Zapier wants operations keyed by their own `key`. */
export const byKey = <T extends Trigger | Search | Create>(operations: T[]): Record<string, T> => {
  const keyed: Record<string, T> = {};
  for (const operation of operations) {
    if (keyed[operation.key]) throw new Error(`Two operations share the key "${operation.key}"`);
    keyed[operation.key] = operation;
  }
  return keyed;
};

/** What each resource folder exports: its operations by kind. */
export interface Resource {
  triggers?: Trigger[];
  searches?: Search[];
  creates?: Create[];
  searchOrCreates?: Record<string, SearchOrCreate>;
}
