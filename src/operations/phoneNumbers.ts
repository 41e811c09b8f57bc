import { type CountryCode, type PhoneNumber, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Phone numbers as people and SMS gateways write them, read into E.164 (`+27821234567`), which
 * GHL stores and matches duplicates on. libphonenumber (Google's rules, ported) does the reading;
 * the app only decides which readings to try:
 * - with `+` or `00`: international, in any spacing and punctuation; `+27 (0)82 …` drops the `(0)`;
 * - otherwise in the given country (national forms with the trunk 0, `082 123 4567`), and, when
 *   the digits do not start with 0, also as international digits without the `+`, as gateways
 *   send a sender's number (`27821234567`).
 * A valid reading wins over one that is only possible (the right length); none: undefined.
 */
/** Written with `+` or `00`: read without any country. */
export const hasCountryCode = (written: string): boolean => /^\s*(\+|00)/.test(written);

export const readPhoneNumber = (written: string, country?: string): PhoneNumber | undefined => {
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
  return found.find((r) => r.isValid()) ?? found.find((r) => r.isPossible());
};

/** Why a number was refused, showing it and the country it was read in. */
export const unreadablePhone = (written: string, country?: string): string =>
  country
    ? `is not a phone number: "${written}" is no possible number, read as a number of ${country} or with its own country code. Write it with its country code, such as +27 82 555 0143, or set Phone Country`
    : `is not a phone number: "${written}" is no possible international number, and no country is known to read it in. Write it with its country code, such as +27 82 555 0143, or set Phone Country`;
