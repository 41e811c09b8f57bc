import { phoneCountry } from '../../fields/phoneCountry';
import { tags, userId } from '../../fields/records';
import { boolean, calendarDate, email, phone, text } from '../../operations/inputs';

/**
 * The contact's own fields, shared by Create, Update and Upsert Contact. Keys are GHL's
 * property names, so each filled value goes to GHL under the same name.
 */
export const contactProfileInputs = (mode: 'create' | 'update' | 'upsert') => {
  const keep = mode === 'create' ? '' : ' Leave empty to keep the current value.';
  return [
    text('firstName', { label: 'First Name', helpText: `The contact's first (given) name.${keep}` }, 200),
    text('lastName', { label: 'Last Name', helpText: `The contact's last (family) name.${keep}` }, 200),
    email('email', { label: 'Email', helpText: `The contact's email address, such as name@example.com.${keep}` }),
    phone('phone', {
      label: 'Phone',
      helpText: `The contact's phone number, as the SMS gateway or a person wrote it: +27 82 555 0143, 27825550143 or 082 555 0143. It is saved in international form.${keep}`,
    }),
    phoneCountry(),
    // GHL's UpdateContactDto has no companyName: it is set when the contact is created or upserted.
    ...(mode === 'update'
      ? []
      : [text('companyName', { label: 'Company Name', helpText: `The business the contact works for.${keep}` }, 200)]),
    text('address1', { label: 'Street Address', helpText: `Street and number.${keep}` }, 300),
    text('city', { label: 'City', helpText: `The contact's city.${keep}` }, 100),
    text('state', { label: 'State or Province', helpText: `The contact's state, province or region.${keep}` }, 100),
    text('postalCode', { label: 'Postal Code', helpText: `ZIP or postal code.${keep}` }, 20),
    text(
      'country',
      { label: 'Country Code', helpText: `Two-letter country code such as US or ZA.${keep}`, example: 'ZA' },
      2,
    ),
    text('website', { label: 'Website', helpText: `The contact's website address.${keep}` }, 500),
    text('timezone', { label: 'Time Zone', helpText: `IANA time zone name such as America/New_York.${keep}` }, 64),
    calendarDate('dateOfBirth', {
      label: 'Date of Birth',
      helpText: `Birthday in any common form, such as 1990-09-25 or 09/25/1990.${keep}`,
    }),
    text(
      'source',
      { label: 'Source', helpText: `Where the lead came from, such as "SMS" or "Website form".${keep}` },
      200,
    ),
    userId('assignedTo', 'Assigned User', `The HighLevel user who owns this contact.${keep}`),
    boolean('dnd', {
      label: 'Do Not Disturb',
      helpText: `Yes stops all messages to this contact on every channel.${keep}`,
    }),
    ...(mode === 'create' ? [tags('Tags to put on the new contact. Pick from the list or type new ones.', false)] : []),
  ];
};
