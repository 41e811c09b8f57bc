import type { PlainInputField } from 'zapier-platform-core';
import type { z as zod } from 'zod';
import { zodLibrary } from './lazyLibraries';
import { parseCalendarDate, parseDateTime } from './dates';
import { MAX_PHONE_DIGITS, MIN_PHONE_DIGITS, hasCountryCode, readPhoneNumber, significantDigits } from './phoneNumbers';
import type { Endpoint } from '../http/endpoint';
import { LOCATION_PROFILE_CALL } from '../fields/locationProfile';
import { isTimeZone, isWallTime, readAppointmentTime, wallTimeIn } from './zonedTime';

type Zod = typeof zod;
/** Builds an input's zod schema from the library, when the input is first read. */
type Schema = (zod: Zod) => zod.ZodType<unknown>;

/** Reads one input's value, with a zod schema built the first time it is used. */
export interface InputParser {
  safeParse: (value: unknown) => ReturnType<zod.ZodType<unknown>['safeParse']>;
  parse: (value: unknown) => unknown;
}

/**
 * One input of an operation: the Zapier field a person fills, and the zod parser that turns
 * what Zapier hands over (strings, mostly) into what GHL expects. A blank value parses to
 * `undefined`, and undefined values are never sent: empty means "leave alone".
 */
export interface Input {
  field: PlainInputField;
  parse: InputParser;
  /** A realistic value a person might map here; contract tests and docs use it. */
  example: string;
  /** Read by the app only and never sent to GHL (a Phone Country). */
  internal?: boolean;
  /**
   * A second step of reading a parsed value that needs more than the value itself (a phone
   * number needs a country): returns the value to send, or throws `InputProblem`.
   */
  resolve?: (value: unknown, context: ResolveContext) => Promise<unknown>;
  /** Every endpoint `resolve` may call, declared so tests can hold them to the spec and the scopes. */
  calls?: Endpoint[];
  /** The step-wide setting this input gives the other inputs' `resolve` (a Time Zone for wall times). */
  setting?: keyof StepSettings;
}

/** Step-wide settings a person may give in a field of their own; each falls back to the location's. */
export interface StepSettings {
  timeZone: string;
  phoneCountry: string;
}

/** What `resolve` may ask for, worked out only when an input needs it. */
export interface ResolveContext {
  /** The country a phone number written without its country code is read in. */
  phoneCountry: () => Promise<string | undefined>;
  /** The time zone a wall-clock time is read in: the step's Time Zone, else the location's, else UTC. */
  timeZone: () => Promise<string>;
}

/** A value `resolve` cannot use: the message says why, after the field's label. */
export class InputProblem extends Error {}

export interface FieldText {
  label: string;
  helpText: string;
  required?: boolean;
  /** Zapier field extras: dynamic dropdown, search connector, default, choices, ... */
  extra?: Partial<PlainInputField>;
  /** A realistic value for this field; each kind of input has a default. */
  example?: string;
}

/** Zapier sends "", whitespace, null or [] for an unmapped field: all mean "not given". */
export const blankToUndefined = (value: unknown): unknown => {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map(blankToUndefined).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  return value;
};

/** An input's parser, whose schema (and zod itself) is built when a step first reads the input. */
export const parserOf = (schema: Schema): InputParser => {
  let built: zod.ZodType<unknown> | undefined;
  const get = () => (built ??= schema(zodLibrary()));
  return { safeParse: (value) => get().safeParse(value), parse: (value) => get().parse(value) };
};

const input = (
  key: string,
  text: FieldText,
  type: PlainInputField['type'],
  schema: Schema,
  example: string,
): Input => ({
  example: text.example ?? example,
  field: {
    key,
    label: text.label,
    helpText: text.helpText,
    required: Boolean(text.required),
    type,
    ...text.extra,
  },
  parse: parserOf((zod) => zod.preprocess(blankToUndefined, text.required ? schema(zod) : schema(zod).optional())),
});

const MAX_TEXT = 10_000;

export const text = (key: string, t: FieldText, maxLength = MAX_TEXT) =>
  input(
    key,
    t,
    'string',
    (zod) => zod.string().max(maxLength, `must be at most ${maxLength} characters`),
    `Sample ${t.label}`,
  );

export const longText = (key: string, t: FieldText, maxLength = MAX_TEXT) =>
  input(
    key,
    t,
    'text',
    (zod) => zod.string().max(maxLength, `must be at most ${maxLength} characters`),
    `Sample ${t.label}`,
  );

export const email = (key: string, t: FieldText) =>
  input(
    key,
    t,
    'string',
    (zod) =>
      zod
        .string()
        .max(254)
        .pipe(zod.email('must be a valid email address like name@example.com'))
        .transform((v) => v.toLowerCase()),
    'Thandi.Mokoena@Example.com',
  );

/** What a phone number may be written with: digits, spaces and + ( ) - . / */
const PHONE_CHARACTERS = /^[+\d\s().\-/]+$/;
const digitCount = (written: string) => written.replace(/\D/g, '').length;

/**
 * A phone number as people and SMS gateways write it (`+27 82 555 0143`, `0027…`, `27821234567`,
 * `082 555 0143`), sent in E.164. Written without a country code, it is read in the step's Phone
 * Country, the record's own country, or the connected location's (`readPhoneNumber`).
 */
export const phone = (key: string, t: FieldText): Input => ({
  ...input(
    key,
    t,
    'string',
    (zod) =>
      zod
        .string()
        .max(40, 'must be a phone number such as +27 82 555 0143')
        .refine(
          (v) => PHONE_CHARACTERS.test(v),
          'may hold only digits, spaces and + ( ) - . /, such as +27 82 555 0143',
        )
        // Lengths no country allows are refused here, before the location's country is read.
        .refine((v) => !PHONE_CHARACTERS.test(v) || digitCount(v) >= MIN_PHONE_DIGITS, {
          error: (issue) =>
            `is too short to be a phone number: "${String(issue.input)}" has ${digitCount(String(issue.input))} digits, and every phone number has at least ${MIN_PHONE_DIGITS}. Write the whole number with its country code, such as +27 82 555 0143`,
        })
        .refine((v) => significantDigits(v).length <= MAX_PHONE_DIGITS, {
          error: (issue) =>
            `is too long to be a phone number: "${String(issue.input)}" has ${significantDigits(String(issue.input)).length} digits, and no phone number has more than ${MAX_PHONE_DIGITS}, country code included`,
        }),
    '+27 (82) 555-0143',
  ),
  resolve: async (value, context) => {
    const country = hasCountryCode(String(value)) ? undefined : await context.phoneCountry();
    const read = readPhoneNumber(String(value), country);
    if ('problem' in read) throw new InputProblem(read.problem);
    return read.number.number;
  },
  calls: [LOCATION_PROFILE_CALL],
});

const dateInput = (read: (v: string | number) => unknown, example: string) => (zod: Zod) =>
  zod.union([zod.string(), zod.number()]).transform((value, ctx) => {
    const parsed = read(value);
    if (parsed === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `could not read "${String(value)}" as a date: use a form like ${example}`,
      });
      return zod.NEVER;
    }
    return parsed;
  });

/**
 * Any common date/time form, sent as ISO 8601 in UTC (what GHL's date-time fields take). A
 * `datetime` field: Zapier reads a time written without an offset in the Zap's time zone (the
 * account's setting) before the app sees it, and help texts say so.
 */
export const dateTime = (key: string, t: FieldText) =>
  input(
    key,
    t,
    'datetime',
    dateInput((v) => parseDateTime(v)?.toISOString(), '2026-11-22T15:30:00Z'),
    '2026-12-01 09:30 +02:00',
  );

/**
 * A time at the location in any common form: with an offset it is that instant; without one it is
 * the wall time where the location is, read in its time zone (or the step's Time Zone field). A
 * text field, not `datetime`: Zapier converts `datetime` inputs with the Zap's time zone before
 * the app sees them, and "09:30" on a calendar means 09:30 where the calendar is.
 */
const locationTime = (key: string, t: FieldText, example: string, finish: (iso: string) => unknown): Input => ({
  ...input(key, t, 'string', dateInput(readAppointmentTime, example), example),
  resolve: async (value, context) =>
    finish(isWallTime(value) ? wallTimeIn(value, await context.timeZone()) : String(value)),
  calls: [LOCATION_PROFILE_CALL],
});

/** A booking time, sent as ISO 8601 with the location's offset. */
export const appointmentTime = (key: string, t: FieldText): Input =>
  locationTime(key, t, '2026-12-01 09:30', (iso) => iso);

/** How late a Send At may be and still go out (now): a Zap held back by Zapier for a few minutes. */
const SEND_AT_GRACE_MS = 10 * 60 * 1000;

/**
 * When to send a message, sent as Unix seconds (GHL's `scheduledTimestamp`). A time a little
 * past goes out now; one further past is refused, as it is most likely a mapping mistake.
 */
export const sendAt = (key: string, t: FieldText): Input =>
  locationTime(key, t, '2030-12-01 09:30', (iso) => {
    const at = Date.parse(iso);
    if (at < Date.now() - SEND_AT_GRACE_MS)
      throw new InputProblem(`is in the past (${iso}): give a time to come, or leave it empty to send now`);
    return at <= Date.now() ? undefined : Math.floor(at / 1000);
  });

/** A moment in any common form, sent as Unix milliseconds (GHL's calendar queries take those). */
export const epochMillis = (key: string, t: FieldText) =>
  input(
    key,
    t,
    'datetime',
    dateInput((v) => parseDateTime(v)?.getTime().toString(), '2026-12-01 09:30'),
    '2026-12-01 09:30',
  );

/** An IANA time zone name such as Africa/Johannesburg. */
export const timeZone = (key: string, t: FieldText): Input =>
  input(
    key,
    t,
    'string',
    (zod) =>
      zod.string().refine(isTimeZone, 'must be a time zone name such as Africa/Johannesburg or America/New_York'),
    'Africa/Johannesburg',
  );

/** An amount such as a deal value: "1 250.50", "1,250.50" and 1250.5 all read as 1250.5. */
export const amount = (key: string, t: FieldText) =>
  input(
    key,
    t,
    'number',
    (zod) =>
      zod
        .union([zod.number(), zod.string()])
        .transform((v) => {
          if (typeof v === 'number') return v;
          // A currency sign or code in front is dropped; anything else that is not a number is refused.
          const digits = v.replace(/[\s,]/g, '').replace(/^[^\d.-]+/, '');
          return /^-?(\d+\.?\d*|\.\d+)$/.test(digits) ? Number(digits) : Number.NaN;
        })
        .refine((v) => Number.isFinite(v) && v >= 0 && v <= 1e12, 'must be an amount such as 1250.50'),
    '1250.50',
  );

/** A calendar date such as a birthday, sent as YYYY-MM-DD. */
export const calendarDate = (key: string, t: FieldText) =>
  input(key, t, 'string', dateInput(parseCalendarDate, '1990-09-25'), '25 September 1990');

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off']);

export const boolean = (key: string, t: FieldText) =>
  input(
    key,
    t,
    'boolean',
    (zod) =>
      zod.union([zod.boolean(), zod.string(), zod.number()]).transform((value, ctx) => {
        const word = String(value).trim().toLowerCase();
        if (TRUE_WORDS.has(word)) return true;
        if (FALSE_WORDS.has(word)) return false;
        ctx.addIssue({ code: 'custom', message: `must be true or false, not "${String(value)}"` });
        return zod.NEVER;
      }),
    'yes',
  );

export const integer = (key: string, t: FieldText, range: { min: number; max: number }) =>
  input(
    key,
    t,
    'integer',
    (zod) =>
      zod.coerce
        .number({ error: 'must be a whole number' })
        .int('must be a whole number')
        .min(range.min, `must be at least ${range.min}`)
        .max(range.max, `must be at most ${range.max}`),
    String(range.min),
  );

/** Names every choice when there are few; a long list (countries) is better picked from the dropdown. */
const choiceError = (keys: string[]) =>
  keys.length <= 20
    ? `must be one of: ${keys.join(', ')}`
    : `must be one of the ${keys.length} choices in the dropdown, such as ${keys.slice(0, 3).join(', ')}`;

export const choice = <T extends string>(key: string, t: FieldText, choices: Record<T, string>) =>
  input(
    key,
    { ...t, extra: { choices, ...t.extra } },
    'string',
    (zod) => zod.enum(Object.keys(choices) as [T, ...T[]], { error: choiceError(Object.keys(choices)) }),
    Object.keys(choices)[0]!,
  );

/**
 * A list of short strings (tags, user IDs). Zapier gives an array for list fields, but a
 * mapped value is often one comma-separated string: both are accepted, trimmed and de-duplicated.
 */
export const stringList = (key: string, t: FieldText, maxItems = 100) =>
  input(
    key,
    { ...t, extra: { list: true, ...t.extra } },
    'string',
    (zod) =>
      zod
        .union([zod.string(), zod.array(zod.union([zod.string(), zod.number()]))])
        .transform((value) => {
          const parts = (Array.isArray(value) ? value.map(String) : [value]).flatMap((v) => v.split(','));
          return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
        })
        .refine((items) => items.length > 0, 'needs at least one value')
        .refine((items) => items.length <= maxItems, `can have at most ${maxItems} values`)
        .refine((items) => items.every((i) => i.length <= 200), 'each value must be at most 200 characters'),
    'sms-lead, winter-promo',
  );

/**
 * The ID of a GHL record, used in a URL path: letters, digits, `_` and `-` only, so a mapped
 * value can never reach another endpoint ("../", "/", "?").
 */
export const recordId = (key: string, t: FieldText) =>
  input(
    key,
    t,
    'string',
    (zod) =>
      zod
        .union([zod.string(), zod.number()])
        .transform(String)
        .refine(
          (v) => /^[A-Za-z0-9_-]{1,64}$/.test(v),
          'must be a HighLevel ID (letters, digits, "_" or "-", no spaces or slashes)',
        ),
    'sx6wyHhbFdRXh302LLNR',
  );

/**
 * A key GHL uses in a URL path, such as an association key or `custom_objects.dentists`:
 * letters, digits, `_`, `-` and single dots inside, so it can never climb out of its path.
 */
export const pathKey = (key: string, t: FieldText) =>
  input(
    key,
    t,
    'string',
    (zod) =>
      zod
        .string()
        .refine(
          (v) => /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(v) && v.length <= 100,
          'must be a key such as contact or custom_objects.dentists (letters, digits, "_", "-" and dots, no spaces or slashes)',
        ),
    'custom_objects.dentists',
  );
