import { outputField as field } from '../../operations/outputFields';

/** A sub-account (location) as GHL lists and reads it (GetLocationSchema). */
export const locationSample = {
  id: 've9EPM428h8vShlRW1KT',
  name: 'Smile Dental Sandton',
  phone: '+27115550100',
  email: 'sandton@smiledental.example.com',
  address: '5 Rivonia Road',
  city: 'Johannesburg',
  state: 'Gauteng',
  country: 'ZA',
  postalCode: '2196',
  website: 'https://smiledental.example.com',
  timezone: 'Africa/Johannesburg',
};
export const locationOutputFields = [
  field('id', 'Location ID'),
  field('name', 'Name'),
  field('phone', 'Phone'),
  field('email', 'Email'),
  field('address', 'Street Address'),
  field('city', 'City'),
  field('state', 'State'),
  field('postalCode', 'Postal Code'),
  field('country', 'Country'),
  field('website', 'Website'),
  field('timezone', 'Time Zone'),
];

/** What creating a location answers (CreateLocationSuccessfulResponseDto). */
export const createdLocationSample = {
  ...locationSample,
  id: 'locNewBranch0000001',
  companyId: '5DP4iH6HLkQsiKESj6rh',
  name: 'Smile Dental Durban',
  city: 'Durban',
  state: 'KwaZulu-Natal',
};
export const createdLocationOutputFields = [...locationOutputFields, field('companyId', 'Agency ID')];

/** The agency (company) the connection belongs to (GetCompanyByIdSchema). */
export const companySample = {
  id: '5DP4iH6HLkQsiKESj6rh',
  name: 'Smile Dental Group',
  email: 'admin@smiledental.example.com',
  phone: '+27115550100',
  website: 'https://smiledental.example.com',
  address: '5 Rivonia Road',
  city: 'Johannesburg',
  state: 'Gauteng',
  postalCode: '2196',
  country: 'ZA',
  timezone: 'Africa/Johannesburg',
  status: 'active',
  locationCount: 3,
};
export const companyOutputFields = [
  field('id', 'Agency ID'),
  field('name', 'Name'),
  field('email', 'Email'),
  field('phone', 'Phone'),
  field('website', 'Website'),
  field('city', 'City'),
  field('country', 'Country'),
  field('timezone', 'Time Zone'),
  field('status', 'Status'),
  field('locationCount', 'Sub-Accounts', 'number'),
];

/** A sub-account where the app is installed (InstalledLocationSchema), with `id` from its `_id`. */
export const installedLocationSample = {
  id: 've9EPM428h8vShlRW1KT',
  _id: 've9EPM428h8vShlRW1KT',
  name: 'Smile Dental Sandton',
  address: '5 Rivonia Road, Johannesburg',
  isInstalled: true,
  installedAt: '2026-11-02T08:15:00.000Z',
};
export const installedLocationOutputFields = [
  field('id', 'Sub-Account ID'),
  field('name', 'Name'),
  field('address', 'Address'),
  field('isInstalled', 'Installed', 'boolean'),
  field('installedAt', 'Installed At', 'datetime'),
];
