import { parseDateTime } from './dates';

/**
 * Appointment times: a time written with an offset ("…+02:00", "…Z") or as Unix time is an
 * instant; a time written without one ("2026-12-01 09:30", "12/01/2026 9:30am") is a wall-clock
 * time in the location's time zone, as a person booking it means it. Wall times travel as
 * `wall:YYYY-MM-DDTHH:mm:ss` until the time zone is known.
 */
const WALL_PREFIX = 'wall:';
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2}|GMT|UTC)\s*$/i;

export const readAppointmentTime = (value: string | number): string | undefined => {
  const text = String(value).trim();
  const instant = parseDateTime(text);
  if (!instant) return undefined;
  if (/^\d{9,13}$/.test(text) || HAS_ZONE.test(text)) return instant.toISOString();
  // Without a zone, the parsers read the wall clock as UTC: keep those digits, not the instant.
  return `${WALL_PREFIX}${instant.toISOString().slice(0, 19)}`;
};

export const isWallTime = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(WALL_PREFIX);

/** Minutes east of UTC that `timeZone` is at the given instant. */
const offsetMinutes = (instant: number, timeZone: string): number => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
};

const formatOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

export const isTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
};

/** A wall time in `timeZone`, as ISO 8601 with that zone's offset then ("2026-12-01T09:30:00+02:00"). */
export const resolveWallTime = (value: string, timeZone: string): string => {
  const wall = value.slice(WALL_PREFIX.length);
  const asUtc = Date.parse(`${wall}Z`);
  // Two passes settle the offset across a daylight-saving change.
  let offset = offsetMinutes(asUtc, timeZone);
  offset = offsetMinutes(asUtc - offset * 60_000, timeZone);
  return `${wall}${formatOffset(offset)}`;
};
