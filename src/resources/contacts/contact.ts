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
  { key: 'id', label: 'Contact ID', type: 'string' },
  { key: 'locationId', label: 'Location ID', type: 'string' },
  { key: 'name', label: 'Full Name', type: 'string' },
  { key: 'firstName', label: 'First Name', type: 'string' },
  { key: 'lastName', label: 'Last Name', type: 'string' },
  { key: 'email', label: 'Email', type: 'string' },
  { key: 'phone', label: 'Phone', type: 'string' },
  { key: 'companyName', label: 'Company Name', type: 'string' },
  { key: 'address1', label: 'Street Address', type: 'string' },
  { key: 'city', label: 'City', type: 'string' },
  { key: 'state', label: 'State', type: 'string' },
  { key: 'postalCode', label: 'Postal Code', type: 'string' },
  { key: 'country', label: 'Country Code', type: 'string' },
  { key: 'website', label: 'Website', type: 'string' },
  { key: 'timezone', label: 'Time Zone', type: 'string' },
  { key: 'source', label: 'Source', type: 'string' },
  { key: 'type', label: 'Contact Type', type: 'string' },
  { key: 'dnd', label: 'Do Not Disturb', type: 'boolean' },
  { key: 'tags[]', label: 'Tags', type: 'string' },
  { key: 'assignedTo', label: 'Assigned User ID', type: 'string' },
  { key: 'dateOfBirth', label: 'Date of Birth', type: 'string' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
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
  { key: 'businessId', label: 'Business ID', type: 'string' },
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
