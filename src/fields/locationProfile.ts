import type { Bundle, ZObject } from 'zapier-platform-core';
import { hasSubAccount, subAccountOf } from '../auth/connection';
import { connectionCache } from '../auth/connectionCache';
import { callGhl } from '../http/client';
import type { Endpoint } from '../http/endpoint';

/** The connected location's record (its country and time zone), read at most once a day. */
export const LOCATION_PROFILE_CALL = { method: 'GET', path: '/locations/{locationId}' } as const satisfies Endpoint;
const KEEP_SECONDS = 24 * 60 * 60;

export interface LocationProfile {
  country?: string;
  timezone?: string;
}

/**
 * What steps need to know of their location: the country phone numbers without a country code
 * are read in, the time zone of times written without one. Kept in the connection's shared cache
 * for a day, so it costs no request on most steps. An agency step with no sub-account picked, or
 * an agency-only step, has no location: an empty profile.
 */
export const locationProfile = async (z: ZObject, bundle: Bundle): Promise<LocationProfile> => {
  if (!hasSubAccount(bundle)) return {};
  const locationId = subAccountOf(bundle);
  const cache = connectionCache(z);
  const key = `ghl-location-profile-${locationId}`;
  const kept = await cache.get<LocationProfile>(key);
  if (kept) return kept;
  const data = await callGhl<{ location?: { country?: string; timezone?: string } }>(z, bundle, {
    endpoint: LOCATION_PROFILE_CALL,
    values: { locationId },
  });
  const profile: LocationProfile = {
    ...(data?.location?.country ? { country: data.location.country } : {}),
    ...(data?.location?.timezone ? { timezone: data.location.timezone } : {}),
  };
  await cache.set(key, profile, KEEP_SECONDS);
  return profile;
};
