import { badRequest, notFound, pageOf, route, type Reply } from '../router';
import { type Json, newId, pickFields } from '../store';

const LOCATION_FIELDS = ['name', 'phone', 'address', 'city', 'state', 'postalCode', 'country', 'website', 'timezone'];

/** The agency's own endpoints: its sub-accounts (locations) and the company itself. */
export const agencyRoutes = [
  route('GET', '/locations/search', (ctx): Reply => {
    if (ctx.query.get('companyId') && ctx.query.get('companyId') !== ctx.state.company.id)
      return [403, { statusCode: 403, message: 'Not your agency' }];
    const email = ctx.query.get('email')?.toLowerCase();
    const found = ctx.state.agencyLocations.filter((l) => !email || String(l.email ?? '').toLowerCase() === email);
    const ordered = ctx.query.get('order') === 'desc' ? [...found].reverse() : found;
    return [
      200,
      {
        locations: pageOf(ctx, ordered, { defaultLimit: 10 }).map((l) =>
          pickFields(l, ['id', 'email', ...LOCATION_FIELDS]),
        ),
      },
    ];
  }),
  route('POST', '/locations/', (ctx): Reply => {
    if (ctx.body.companyId !== ctx.state.company.id) return [403, { statusCode: 403, message: 'Not your agency' }];
    if (ctx.body.snapshotId && !ctx.state.snapshots.some((s) => s.id === ctx.body.snapshotId))
      return badRequest('Snapshot not found');
    const created: Json = { id: newId(), companyId: ctx.state.company.id, ...pickFields(ctx.body, LOCATION_FIELDS) };
    ctx.state.agencyLocations.push(created);
    ctx.state.company.locationCount = ctx.state.agencyLocations.length;
    return [200, created];
  }),
  route('GET', '/companies/{companyId}', (ctx): Reply =>
    ctx.params.companyId === ctx.state.company.id ? [200, { company: ctx.state.company }] : notFound('Company'),
  ),
];
