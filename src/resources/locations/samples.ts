import { outputField } from '../../operations/outputFields';

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
  outputField('id', 'Location ID'),
  outputField('name', 'Name'),
  outputField('phone', 'Phone'),
  outputField('email', 'Email'),
  outputField('address', 'Street Address'),
  outputField('city', 'City'),
  outputField('state', 'State'),
  outputField('postalCode', 'Postal Code'),
  outputField('country', 'Country'),
  outputField('website', 'Website'),
  outputField('timezone', 'Time Zone'),
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
export const createdLocationOutputFields = [...locationOutputFields, outputField('companyId', 'Agency ID')];

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
  outputField('id', 'Agency ID'),
  outputField('name', 'Name'),
  outputField('email', 'Email'),
  outputField('phone', 'Phone'),
  outputField('website', 'Website'),
  outputField('city', 'City'),
  outputField('country', 'Country'),
  outputField('timezone', 'Time Zone'),
  outputField('status', 'Status'),
  outputField('locationCount', 'Sub-Accounts', 'number'),
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
  outputField('id', 'Sub-Account ID'),
  outputField('name', 'Name'),
  outputField('address', 'Address'),
  outputField('isInstalled', 'Installed', 'boolean'),
  outputField('installedAt', 'Installed At', 'datetime'),
];
