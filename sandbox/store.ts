import { randomBytes } from 'node:crypto';

/** In-memory GHL data for one location. Shapes follow the official specs' schemas. */
export type Json = Record<string, unknown>;

export interface LocationState {
  location: Json;
  contacts: Map<string, Json>;
  tasks: Map<string, Json>;
  notes: Map<string, Json>;
  appointments: Map<string, Json>;
  tags: Map<string, Json>;
  customFields: Json[];
  users: Json[];
  campaigns: Json[];
  businesses: Json[];
  /** contactId -> campaign ids */
  campaignMembers: Map<string, Set<string>>;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const newId = (): string => [...randomBytes(20)].map((b) => ALPHABET[b % ALPHABET.length]).join('');

export const nowIso = (clock: () => number): string => new Date(clock()).toISOString();

export const emptyLocation = (id: string, name: string, companyId: string): LocationState => ({
  location: { id, companyId, name, timezone: 'Africa/Johannesburg', country: 'ZA', email: 'hello@example.com' },
  contacts: new Map(),
  tasks: new Map(),
  notes: new Map(),
  appointments: new Map(),
  tags: new Map(),
  customFields: [],
  users: [],
  campaigns: [],
  businesses: [],
  campaignMembers: new Map(),
});

/** Demo data: a dental practice with a user, tags, a custom field, a campaign and a business. */
export const seedLocation = (state: LocationState): LocationState => {
  const locationId = String(state.location.id);
  state.users.push({ id: 'usrSipho000000000001', name: 'Sipho Dlamini', firstName: 'Sipho', lastName: 'Dlamini', email: 'sipho@example.com' });
  for (const name of ['sms-lead', 'winter-promo', 'vip']) {
    const id = newId();
    state.tags.set(id, { id, name, locationId });
  }
  state.customFields.push({ id: 'cfBranch000000000001', name: 'Preferred Branch', fieldKey: 'contact.preferred_branch', dataType: 'SINGLE_OPTIONS', picklistOptions: ['Cape Town', 'Durban'], locationId, model: 'contact' });
  state.campaigns.push({ id: 'cmpWinter00000000001', name: 'Winter Whitening Promo', status: 'published', locationId });
  state.businesses.push({ id: 'bizMokoena0000000001', name: 'Mokoena Dental', locationId, createdAt: '2026-10-01T09:00:00.000Z' });
  return state;
};
