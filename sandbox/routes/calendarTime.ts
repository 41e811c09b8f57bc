/** Time arithmetic the sandbox's calendars need: open hours and slot times in a location's zone. */

/** "+02:00" for the zone at that instant, from Intl's own long offset name ("GMT+02:00"). */
export const zoneOffset = (instant: Date, timeZone: string): string => {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
};

/** The calendar day and wall-clock minutes of an instant in a zone. */
export const localParts = (instant: Date, timeZone: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: String(parts.weekday),
  };
};

/** "2026-12-01T09:30:00+02:00": the instant as wall time in the zone, with its offset. */
export const isoInZone = (instant: Date, timeZone: string): string => {
  const { day, minutes } = localParts(instant, timeZone);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}:00${zoneOffset(instant, timeZone)}`;
};

export const OPEN_HOURS = { from: 8 * 60, to: 17 * 60, days: new Set(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) };

/** Whether [start, end) lies within one day's open hours in the zone. */
export const withinOpenHours = (start: Date, end: Date, timeZone: string): boolean => {
  const a = localParts(start, timeZone);
  const b = localParts(new Date(end.getTime() - 1), timeZone);
  return a.day === b.day && OPEN_HOURS.days.has(a.weekday) && a.minutes >= OPEN_HOURS.from && b.minutes < OPEN_HOURS.to;
};
