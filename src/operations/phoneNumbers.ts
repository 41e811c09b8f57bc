import type { CountryCode, PhoneNumber } from 'libphonenumber-js';
import { phoneNumbers } from './lazyLibraries';

/**
 * Phone numbers as people and SMS gateways write them, read into E.164 (`+27821234567`), which
 * GHL stores and matches duplicates on. libphonenumber (Google's rules, ported) does the reading;
 * the app only decides which readings to try:
 * - with `+` or `00`: international, in any spacing and punctuation; `+27 (0)82 …` drops the `(0)`;
 * - otherwise in the given country (national forms with the trunk 0, `082 123 4567`), and, when
 *   the digits do not start with 0, also as international digits without the `+`, as gateways
 *   send a sender's number (`27821234567`).
 * Only a valid reading is taken. A number that is only possible (the right length, in no range the
 * country assigns: a short code, a digit missing) is refused like one no reading fits, with why.
 */

/** Written with `+` or `00`: read without any country. */
export const hasCountryCode = (written: string): boolean => /^\s*(\+|00)/.test(written);

/** E.164 numbers have at most 15 digits, country code included. */
export const MAX_PHONE_DIGITS = 15;
/** Fewer digits are no number anywhere, even with a country code: an emergency number or a mistake. */
export const MIN_PHONE_DIGITS = 5;

/** SMS short codes have 3 to 6 digits. */
const SHORT_CODE_DIGITS = 6;

/** The digits that count toward E.164's length: an international `00` and a `(0)` trunk do not. */
export const significantDigits = (written: string): string =>
  written
    .replace(/\(\s*0\s*\)/g, '')
    .replace(/^\s*00/, '')
    .replace(/\D/g, '');

export type PhoneReading =
  | { number: PhoneNumber }
  /** What is wrong, to follow `"Phone" ` in the step's error. */
  | { problem: string };

const HOW_TO_WRITE = 'Write it with its country code, such as +27 82 555 0143, or set Phone Country';

export const readPhoneNumber = (written: string, country?: string): PhoneReading => {
  const { isSupportedCountry, parsePhoneNumberFromString } = phoneNumbers();
  const cleaned = written.replace(/\(\s*0\s*\)/g, ' ').trim();
  const digits = cleaned.replace(/\D/g, '');
  const international = cleaned.startsWith('+')
    ? cleaned
    : cleaned.startsWith('00')
      ? `+${digits.slice(2)}`
      : undefined;
  const home = country && isSupportedCountry(country) ? (country as CountryCode) : undefined;
  const readings = international
    ? [parsePhoneNumberFromString(international)]
    : [
        home ? parsePhoneNumberFromString(cleaned, home) : undefined,
        digits.startsWith('0') ? undefined : parsePhoneNumberFromString(`+${digits}`),
      ];
  const found = readings.filter((r): r is PhoneNumber => Boolean(r));
  const valid = found.find((r) => r.isValid());
  if (valid) return { number: valid };
  const where = international
    ? 'with the country code it is written with'
    : country
      ? `as a number of ${country} or with a country code of its own`
      : 'with a country code of its own (no country is known to read it in)';
  // libphonenumber's "possible" is only the right length: such a number is in no range the
  // country assigns, as short codes and numbers with a digit missing or mistyped are not.
  const possible = found.find((r) => r.isPossible());
  if (possible)
    return {
      problem: `is not a phone number: "${written}", read ${where}, has the length of a number of ${possible.country ?? `+${possible.countryCallingCode}`} but is in no range it assigns to phones (a short code, or a digit missing or mistyped?). ${HOW_TO_WRITE}`,
    };
  const shortCode =
    digits.length <= SHORT_CODE_DIGITS
      ? `: with ${digits.length} digits it may be a short code, which is no contact's phone`
      : '';
  return { problem: `is not a phone number: "${written}" is not one read ${where}${shortCode}. ${HOW_TO_WRITE}` };
};
