import { phoneCountry } from '../../fields/phoneCountry';
import { defineGhlCreate } from '../../operations/define';
import { choice, email, phone, recordId, text, timeZone } from '../../operations/inputs';
import { COUNTRIES } from '../../fields/countries';
import { createdLocationOutputFields, createdLocationSample } from './samples';

const PROSPECT = {
  prospectFirstName: 'Owner First Name',
  prospectLastName: 'Owner Last Name',
  prospectEmail: 'Owner Email',
} as const;

/** GHL takes the owner as one `prospectInfo` object needing all three parts, or none. */
const prospectCheck = (values: Record<string, unknown>) => {
  const given = Object.keys(PROSPECT).filter((key) => values[key] !== undefined);
  if (given.length === 0 || given.length === 3) return undefined;
  const missing = Object.entries(PROSPECT)
    .filter(([key]) => values[key] === undefined)
    .map(([, label]) => `"${label}"`);
  return `fill in ${missing.join(' and ')} too: HighLevel needs the owner's first name, last name and email together`;
};

export default defineGhlCreate({
  key: 'create_location',
  noun: 'Location',
  label: 'Create Location',
  description:
    'Creates a sub-account (location) in the agency, optionally from a snapshot. Needs a connection made by an agency user.',
  audience: 'agency',
  endpoint: { method: 'POST', path: '/locations/' },
  fromConnection: ['companyId'],
  sends: [
    'companyId',
    'name',
    'phone',
    'address',
    'city',
    'state',
    'postalCode',
    'country',
    'website',
    'timezone',
    'snapshotId',
    'prospectInfo',
  ],
  inputs: [
    text(
      'name',
      { label: 'Name', helpText: "The business's name, as the sub-account is called.", required: true },
      200,
    ),
    phone('phone', {
      label: 'Phone',
      helpText:
        "The business's main phone number, such as +27 11 555 0100. Without a country code it is read in the Country below.",
    }),
    phoneCountry(),
    text('address', { label: 'Street Address', helpText: 'Street and number.' }, 300),
    text('city', { label: 'City', helpText: 'The city the business is in.' }, 100),
    text('state', { label: 'State or Province', helpText: 'State, province or region.' }, 100),
    text('postalCode', { label: 'Postal Code', helpText: 'ZIP or postal code.' }, 20),
    choice('country', { label: 'Country', helpText: 'The country the business is in.' }, COUNTRIES),
    text('website', { label: 'Website', helpText: "The business's website address." }, 500),
    timeZone('timezone', {
      label: 'Time Zone',
      helpText: 'The time zone appointments and reports use, such as Africa/Johannesburg.',
    }),
    recordId('snapshotId', {
      label: 'Snapshot',
      helpText: 'A snapshot to load into the new location (its funnels, workflows and settings).',
      extra: { dynamic: 'list_snapshots.id.name' },
    }),
    text(
      'prospectFirstName',
      {
        label: PROSPECT.prospectFirstName,
        helpText: "The business owner's first name. Give all three owner fields, or none.",
      },
      100,
    ),
    text('prospectLastName', { label: PROSPECT.prospectLastName, helpText: "The business owner's last name." }, 100),
    email('prospectEmail', { label: PROSPECT.prospectEmail, helpText: "The business owner's email address." }),
  ],
  check: prospectCheck,
  derive: (values) =>
    values.prospectEmail
      ? {
          prospectInfo: {
            firstName: values.prospectFirstName,
            lastName: values.prospectLastName,
            email: values.prospectEmail,
          },
        }
      : {},
  sample: createdLocationSample,
  outputFields: createdLocationOutputFields,
});
