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
  { key: 'id', label: 'Business ID', type: 'string' },
  { key: 'name', label: 'Name', type: 'string' },
  { key: 'phone', label: 'Phone', type: 'string' },
  { key: 'email', label: 'Email', type: 'string' },
  { key: 'website', label: 'Website', type: 'string' },
  { key: 'address', label: 'Street Address', type: 'string' },
  { key: 'city', label: 'City', type: 'string' },
  { key: 'state', label: 'State', type: 'string' },
  { key: 'postalCode', label: 'Postal Code', type: 'string' },
  { key: 'country', label: 'Country', type: 'string' },
  { key: 'locationId', label: 'Location ID', type: 'string' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];
