/**
 * Reads the date forms people map into Zaps: ISO 8601 (with or without time and offset),
 * Unix seconds or milliseconds, US-style 11/22/2026, 2026/11/22, and anything V8 reads
 * (RFC 2822, "Nov 22 2026 10:00 GMT+0200"). Day-first forms are read US-style, as Zapier does.
 */
const US_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm)?)?$/i;

const fromUnix = (text: string): Date | undefined => {
  if (!/^\d{9,13}$/.test(text)) return undefined;
  const n = Number(text);
  return new Date(text.length >= 12 ? n : n * 1000);
};

const fromUsForm = (text: string): Date | undefined => {
  const m = US_DATE.exec(text);
  if (!m) return undefined;
  const [, month, day, year, hour = '0', minute, second = '0', meridiem] = m;
  // A bare hour ("11/23/2026 15") is ambiguous; "3pm" and "15:00" are not.
  if (m[4] !== undefined && minute === undefined && !meridiem) return undefined;
  let h = Number(hour);
  if (meridiem) h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), h, Number(minute ?? 0), Number(second)));
  // Reject roll-overs such as 02/31/2026.
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? date : undefined;
};

const YMD_SLASHED = /^(\d{4})[/._](\d{1,2})[/._](\d{1,2})$/;

export const parseDateTime = (value: string | number): Date | undefined => {
  const text = String(value).trim();
  if (!text) return undefined;
  const slashed = YMD_SLASHED.exec(text);
  const candidate =
    fromUnix(text) ??
    fromUsForm(text) ??
    (slashed ? fromUsForm(`${slashed[2]}/${slashed[3]}/${slashed[1]}`) : undefined) ??
    new Date(text);
  if (Number.isNaN(candidate.getTime())) return undefined;
  const year = candidate.getUTCFullYear();
  return year >= 1900 && year <= 2200 ? candidate : undefined;
};

/** A calendar date (birthdays): the date as written, never shifted by a time zone. */
export const parseCalendarDate = (value: string | number): string | undefined => {
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (iso) {
    const date = fromUsForm(`${iso[2]}/${iso[3]}/${iso[1]}`);
    return date ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
  }
  const date = parseDateTime(text);
  return date ? date.toISOString().slice(0, 10) : undefined;
};
