import { luxon } from './lazyLibraries';
import { parseDateTime } from './dates';

/**
 * Appointment times: a time written with an offset ("…+02:00", "…Z") or as Unix time is an
 * instant; a time written without one ("2026-12-01 09:30", "12/01/2026 9:30am") is a wall-clock
 * time, as a person booking it means it, until the zone it is read in is known.
 */
export interface WallTime {
  /** The clock reading, `YYYY-MM-DDTHH:mm:ss`. */
  wall: string;
}

const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2}|GMT|UTC)\s*$/i;

export const readAppointmentTime = (value: string | number): string | WallTime | undefined => {
  const text = String(value).trim();
  const instant = parseDateTime(text);
  if (!instant) return undefined;
  if (/^\d{9,13}$/.test(text) || HAS_ZONE.test(text)) return instant.toISOString();
  // Without a zone, the parsers read the wall clock as UTC: keep those digits, not the instant.
  return { wall: instant.toISOString().slice(0, 19) };
};

export const isWallTime = (value: unknown): value is WallTime =>
  typeof value === 'object' && value !== null && typeof (value as WallTime).wall === 'string';

export const isTimeZone = (timeZone: string): boolean => luxon().IANAZone.isValidZone(timeZone);

/** A wall time in `timeZone`, as ISO 8601 with that zone's offset then ("2026-12-01T09:30:00+02:00"). */
export const wallTimeIn = ({ wall }: WallTime, timeZone: string): string =>
  luxon().DateTime.fromISO(wall, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? wall;
