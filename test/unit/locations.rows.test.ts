import { COMPANY_ID, LOCATION_ID, run } from '../helpers';
import { type Row, describeRows } from './rowTable';

/** Locations and the agency: the exact requests each row sends and what it returns. */
const location = { id: LOCATION_ID, name: 'Smile Dental Sandton', timezone: 'Africa/Johannesburg' };

const rows: Row[] = [
  {
    kind: 'triggers',
    key: 'list_locations',
    input: { email: 'sandton@example.com' },
    method: 'GET',
    path: '/locations/search',
    query: { companyId: COMPANY_ID, order: 'desc', email: 'sandton@example.com', limit: '100', skip: '0' },
    reply: { locations: [location] },
    output: [location],
  },
  {
    kind: 'searches',
    key: 'find_location',
    input: { locationId: LOCATION_ID },
    method: 'GET',
    path: `/locations/${LOCATION_ID}`,
    query: {},
    reply: { location },
    output: [location],
  },
  {
    kind: 'creates',
    key: 'create_location',
    input: {
      name: 'Smile Dental Durban',
      country: 'ZA',
      timezone: 'Africa/Johannesburg',
      snapshotId: 'snp1',
      prospectFirstName: 'Thabo',
      prospectLastName: 'Nkosi',
      prospectEmail: 'thabo@example.com',
      website: '',
    },
    method: 'POST',
    path: '/locations/',
    body: {
      companyId: COMPANY_ID,
      name: 'Smile Dental Durban',
      country: 'ZA',
      timezone: 'Africa/Johannesburg',
      snapshotId: 'snp1',
      prospectInfo: { firstName: 'Thabo', lastName: 'Nkosi', email: 'thabo@example.com' },
    },
    reply: { id: 'loc2', companyId: COMPANY_ID, name: 'Smile Dental Durban' },
    output: { id: 'loc2', companyId: COMPANY_ID, name: 'Smile Dental Durban' },
  },
  {
    kind: 'triggers',
    key: 'get_company',
    input: {},
    method: 'GET',
    path: `/companies/${COMPANY_ID}`,
    query: {},
    reply: { company: { id: COMPANY_ID, name: 'Smile Dental Group', locationCount: 3 } },
    output: [{ id: COMPANY_ID, name: 'Smile Dental Group', locationCount: 3 }],
  },
  {
    kind: 'triggers',
    key: 'list_tags',
    input: {},
    method: 'GET',
    path: `/locations/${LOCATION_ID}/tags`,
    query: {},
    reply: { tags: [{ id: 't1', name: 'sms-lead' }] },
    output: [{ id: 't1', name: 'sms-lead' }],
  },
  {
    kind: 'triggers',
    key: 'list_custom_fields',
    input: { model: 'contact' },
    method: 'GET',
    path: `/locations/${LOCATION_ID}/customFields`,
    query: { model: 'contact' },
    reply: { customFields: [{ id: 'cf1', name: 'Branch' }] },
    output: [{ id: 'cf1', name: 'Branch' }],
  },
];

describeRows(rows);

describe('creates.create_location', () => {
  it('refuses an owner without all three of name and email, before sending', async () => {
    await expect(
      run('creates', 'create_location', { name: 'Branch', prospectEmail: 'thabo@example.com' }),
    ).rejects.toThrow(/fill in .*Owner First Name.* and .*Owner Last Name.* too/);
  });

  it('offers countries by name and refuses codes GHL does not take', async () => {
    await expect(run('creates', 'create_location', { name: 'Branch', country: 'SU' })).rejects.toThrow(
      /Country.* must be one of the 247 choices in the dropdown/,
    );
  });
});
