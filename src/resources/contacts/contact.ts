import { outputField } from '../../operations/outputFields';
import type { PlainOutputField } from 'zapier-platform-core';

/** A contact as GET /contacts/{contactId} returns it (GetContectByIdSchema). */
export const contactSample = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Thandi Mokoena',
  firstName: 'Thandi',
  lastName: 'Mokoena',
  email: 'thandi.mokoena@example.com',
  phone: '+27825550143',
  companyName: 'Mokoena Dental',
  address1: '12 Long Street',
  city: 'Cape Town',
  state: 'Western Cape',
  postalCode: '8001',
  country: 'ZA',
  website: 'https://mokoenadental.example.com',
  timezone: 'Africa/Johannesburg',
  source: 'SMS lead',
  type: 'lead',
  dnd: false,
  tags: ['sms-lead', 'winter-promo'],
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  dateOfBirth: '1990-09-25',
  dateAdded: '2026-11-20T08:14:26.704Z',
  dateUpdated: '2026-11-21T10:02:11.285Z',
};

export const contactOutputFields: PlainOutputField[] = [
  outputField('id', 'Contact ID'),
  outputField('locationId', 'Location ID'),
  outputField('name', 'Full Name'),
  outputField('firstName', 'First Name'),
  outputField('lastName', 'Last Name'),
  outputField('email', 'Email'),
  outputField('phone', 'Phone'),
  outputField('companyName', 'Company Name'),
  outputField('address1', 'Street Address'),
  outputField('city', 'City'),
  outputField('state', 'State'),
  outputField('postalCode', 'Postal Code'),
  outputField('country', 'Country Code'),
  outputField('website', 'Website'),
  outputField('timezone', 'Time Zone'),
  outputField('source', 'Source'),
  outputField('type', 'Contact Type'),
  outputField('dnd', 'Do Not Disturb', 'boolean'),
  outputField('tags[]', 'Tags'),
  outputField('assignedTo', 'Assigned User ID'),
  outputField('dateOfBirth', 'Date of Birth'),
  outputField('dateAdded', 'Date Added', 'datetime'),
  outputField('dateUpdated', 'Date Updated', 'datetime'),
];

/** A contact as the list endpoints return it (ContactsSearchSchema): fewer fields. */
export const listedContactSample = {
  id: contactSample.id,
  locationId: contactSample.locationId,
  email: contactSample.email,
  timezone: contactSample.timezone,
  country: contactSample.country,
  source: contactSample.source,
  tags: contactSample.tags,
  businessId: '641c094001436dbc2081e642',
  dateAdded: contactSample.dateAdded,
};

const LISTED_KEYS = new Set(Object.keys(listedContactSample).map((k) => (k === 'tags' ? 'tags[]' : k)));
export const listedContactOutputFields: PlainOutputField[] = [
  ...contactOutputFields.filter((f) => LISTED_KEYS.has(f.key)),
  outputField('businessId', 'Business ID'),
];

/** A new contact as POST /contacts/ returns it (CreateContactSchema: no `name` or `timezone`). */
const { name: _name, timezone: _timezone, ...createdContactSample } = contactSample;
export { createdContactSample };
export const createdContactOutputFields = contactOutputFields.filter((f) => f.key !== 'name' && f.key !== 'timezone');

const filled = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * How a contact reads in a dropdown: the name, else the phone, else the email, never empty. The
 * phone (or email) follows the name, so two contacts of the same name are told apart.
 */
export const contactLabel = (contact: Record<string, unknown>): string => {
  const name = filled(contact.name) ?? filled([contact.firstName, contact.lastName].filter(filled).join(' '));
  const reach = filled(contact.phone) ?? filled(contact.email);
  if (name) return `${name} (${reach ?? `ID ${String(contact.id)}`})`;
  return reach ?? `Contact ${String(contact.id)}`;
};
