import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Json, LocationState } from './store';

/**
 * GHL keeps a phone in E.164, reading one written without a country code in the location's
 * country, and matches duplicates on that form; so does the sandbox.
 */
export const storedPhone = (state: LocationState, phone: unknown): string => {
  const country = String(state.location.country ?? '');
  const read = parsePhoneNumberFromString(
    String(phone),
    isSupportedCountry(country) ? (country as CountryCode) : undefined,
  );
  return read?.number ?? String(phone);
};

/** The request body with its phone, if any, in the form GHL stores. */
export const withStoredPhone = (state: LocationState, body: Json): Json =>
  typeof body.phone === 'string' && body.phone ? { ...body, phone: storedPhone(state, body.phone) } : body;
