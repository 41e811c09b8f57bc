import { LOCATION_ID } from '../helpers';
import { type Row, actedOn, describeRows } from './rowTable';

/** The Businesses rows: the exact request each sends and its output. */
const business = { id: 'biz1', name: 'Khumalo Optics', locationId: LOCATION_ID };

const rows: Row[] = [
  {
    kind: 'triggers',
    key: 'get_business',
    input: { businessId: 'biz1' },
    method: 'GET',
    path: '/businesses/biz1',
    query: {},
    reply: { business },
    output: [business],
  },
  {
    kind: 'creates',
    key: 'create_business',
    input: { name: 'Khumalo Optics', email: 'Hi@Khumalo.example.com', city: ' ' },
    method: 'POST',
    path: '/businesses/',
    body: { name: 'Khumalo Optics', email: 'hi@khumalo.example.com', locationId: LOCATION_ID },
    reply: { success: true, buiseness: business },
    output: business,
  },
  {
    kind: 'creates',
    key: 'update_business',
    input: { businessId: 'biz1', city: 'Durban', name: '' },
    method: 'PUT',
    path: '/businesses/biz1',
    body: { city: 'Durban' },
    reply: { success: true, buiseness: business },
    output: business,
  },
  {
    kind: 'creates',
    key: 'delete_business',
    input: { businessId: 'biz1' },
    method: 'DELETE',
    path: '/businesses/biz1',
    query: {},
    reply: { success: true },
    output: actedOn({ businessId: 'biz1' }, { success: true }),
  },
  {
    kind: 'triggers',
    key: 'list_businesses',
    input: {},
    method: 'GET',
    path: '/businesses/',
    query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
    reply: { businesses: [{ id: 'biz1', name: 'Dental' }] },
    output: [{ id: 'biz1', name: 'Dental' }],
  },
];

describeRows(rows);
