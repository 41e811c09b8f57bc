import { notFound, route } from '../router';
import { type Json, newId, pickFields } from '../store';

const FIELDS = [
  'name',
  'phone',
  'email',
  'website',
  'address',
  'city',
  'state',
  'postalCode',
  'country',
  'description',
];
const pick = (body: Json) => pickFields(body, FIELDS);

/** Businesses (company records). GHL answers writes under `buiseness`, its spelling. */
export const businessRoutes = [
  route('POST', '/businesses/', (ctx) => {
    const business = {
      id: newId(),
      locationId: ctx.state.location.id,
      ...pick(ctx.body),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    ctx.state.businesses.push(business);
    return [201, { success: true, buiseness: business }];
  }),
  route('GET', '/businesses/{businessId}', (ctx) => {
    const business = ctx.state.businesses.find((b) => b.id === ctx.params.businessId);
    return business ? [200, { business }] : notFound('Business');
  }),
  route('PUT', '/businesses/{businessId}', (ctx) => {
    const business = ctx.state.businesses.find((b) => b.id === ctx.params.businessId);
    return business
      ? [200, { success: true, buiseness: Object.assign(business, pick(ctx.body), { updatedAt: ctx.now }) }]
      : notFound('Business');
  }),
  route('DELETE', '/businesses/{businessId}', (ctx) => {
    const index = ctx.state.businesses.findIndex((b) => b.id === ctx.params.businessId);
    if (index < 0) return notFound('Business');
    ctx.state.businesses.splice(index, 1);
    return [200, { success: true }];
  }),
];
