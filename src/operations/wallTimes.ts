import type { Bundle, ZObject } from 'zapier-platform-core';
import { locationProfile } from '../fields/locationProfile';
import { isTimeZone, isWallTime, resolveWallTime } from './zonedTime';

/** The input that overrides the location's time zone for times written without one; never sent to GHL. */
export const TIME_ZONE_INPUT = 'bookingTimeZone';

const locationTimeZone = async (z: ZObject, bundle: Bundle): Promise<string> => {
  const zone = (await locationProfile(z, bundle)).timezone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
};

/**
 * Turns wall-clock times into ISO 8601 with an offset: in the step's Time Zone when given,
 * else the location's (read once a day, only when some time was written without a zone).
 */
export const resolveWallTimes = async (z: ZObject, bundle: Bundle, values: Record<string, unknown>) => {
  const { [TIME_ZONE_INPUT]: given, ...rest } = values;
  const wallKeys = Object.keys(rest).filter((key) => isWallTime(rest[key]));
  if (!wallKeys.length) return rest;
  const zone = typeof given === 'string' ? given : await locationTimeZone(z, bundle);
  for (const key of wallKeys) rest[key] = resolveWallTime(rest[key] as string, zone);
  return rest;
};
