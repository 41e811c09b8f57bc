import { outputField } from '../../operations/outputFields';
import type { PlainOutputField } from 'zapier-platform-core';

/** A business (company record) as GHL returns it (BusinessDto). */
export const businessSample = {
  id: '63771dcac1116f0e21de8e12',
  name: 'Mokoena Dental',
  phone: '+27215550100',
  email: 'hello@mokoenadental.example.com',
  website: 'https://mokoenadental.example.com',
  address: '12 Long Street',
  city: 'Cape Town',
  state: 'Western Cape',
  postalCode: '8001',
  country: 'South Africa',
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-11-02T12:30:00.000Z',
};

export const businessOutputFields: PlainOutputField[] = [
  outputField('id', 'Business ID'),
  outputField('name', 'Name'),
  outputField('phone', 'Phone'),
  outputField('email', 'Email'),
  outputField('website', 'Website'),
  outputField('address', 'Street Address'),
  outputField('city', 'City'),
  outputField('state', 'State'),
  outputField('postalCode', 'Postal Code'),
  outputField('country', 'Country'),
  outputField('locationId', 'Location ID'),
  outputField('createdAt', 'Created At', 'datetime'),
  outputField('updatedAt', 'Updated At', 'datetime'),
];
