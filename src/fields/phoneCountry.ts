import { type Input, choice } from '../operations/inputs';
import { COUNTRIES } from './countries';

/** The optional Phone Country field of every step that sends a phone number; never sent itself. */
export const phoneCountry = (): Input => ({
  ...choice(
    'phoneCountry',
    {
      label: 'Phone Country',
      helpText:
        "The country of phone numbers written without a country code (such as 082 555 0143). Leave empty to use the record's own Country, else the HighLevel location's country.",
      example: 'ZA',
    },
    COUNTRIES,
  ),
  internal: true,
  setting: 'phoneCountry',
});
