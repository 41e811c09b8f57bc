import type { DateTime } from 'luxon';
import { luxon } from './lazyLibraries';

/**
 * Reads the date forms people map into Zaps: ISO 8601 (with or without time and offset), SQL-style
 * "2026-11-22 15:30", RFC 2822 and HTTP dates (luxon), Unix seconds or milliseconds, US-style
 * 11/22/2026, 2026/11/22, and, last, anything V8 reads ("Nov 22 2026 10:00 GMT+0200").
 * Day-first forms are read US-style, as Zapier does. A form without an offset is read as UTC.
 */
const US_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm)?)?$/i;
const YMD_SLASHED = /^(\d{4})[/._](\d{1,2})[/._](\d{1,2})$/;
const AS_WRITTEN_OR_UTC = { zone: 'utc', setZone: true } as const;

const fromUnix = (text: string): DateTime | undefined => {
  if (!/^\d{9,13}$/.test(text)) return undefined;
  const n = Number(text);
  return luxon().DateTime.fromMillis(text.length >= 12 ? n : n * 1000, { zone: 'utc' });
};

const fromUsForm = (text: string): DateTime | undefined => {
  const m = US_DATE.exec(text);
  if (!m) return undefined;
  const [, month, day, year, hour = '0', minute, second = '0', meridiem] = m;
  // A bare hour ("11/23/2026 15") is ambiguous; "3pm" and "15:00" are not.
  if (m[4] !== undefined && minute === undefined && !meridiem) return undefined;
  let h = Number(hour);
  if (meridiem) h = (h % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  const date = luxon().DateTime.fromObject(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: h,
      minute: Number(minute ?? 0),
      second: Number(second),
    },
    { zone: 'utc' },
  );
  // luxon refuses roll-overs such as 02/31/2026 instead of moving them to March.
  return date.isValid ? date : undefined;
};

// ISO and SQL forms only when they start with a date: luxon reads a bare "09:30" as today.
const STARTS_WITH_DATE = /^\d{4}-\d{2}/;

const fromStandardForms = (text: string): DateTime | undefined =>
  [
    ...(STARTS_WITH_DATE.test(text) ? [luxon().DateTime.fromISO, luxon().DateTime.fromSQL] : []),
    luxon().DateTime.fromRFC2822,
    luxon().DateTime.fromHTTP,
  ]
    .map((read) => read(text, AS_WRITTEN_OR_UTC))
    .find((date) => date.isValid);

const fromAnyForm = (text: string): DateTime | undefined => {
  const slashed = YMD_SLASHED.exec(text);
  const date =
    fromUnix(text) ??
    fromUsForm(text) ??
    (slashed ? fromUsForm(`${slashed[2]}/${slashed[3]}/${slashed[1]}`) : undefined) ??
    fromStandardForms(text) ??
    luxon().DateTime.fromJSDate(new Date(text), { zone: 'utc' });
  return date.isValid ? date : undefined;
};

export const parseDateTime = (value: string | number): Date | undefined => {
  const text = String(value).trim();
  const date = text ? fromAnyForm(text) : undefined;
  return date && date.year >= 1900 && date.year <= 2200 ? date.toJSDate() : undefined;
};

/** A calendar date (birthdays): the date as written, never shifted by a time zone. */
export const parseCalendarDate = (value: string | number): string | undefined => {
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (iso) return fromUsForm(`${iso[2]}/${iso[3]}/${iso[1]}`) ? iso.slice(1, 4).join('-') : undefined;
  const date = parseDateTime(text);
  return date ? date.toISOString().slice(0, 10) : undefined;
};
