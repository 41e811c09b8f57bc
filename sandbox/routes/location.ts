import { badRequest, notFound, pageOf, route } from '../router';

/** The location itself and the lists that feed the app's dropdowns. */
export const locationRoutes = [
  route('GET', '/locations/{locationId}', (ctx) =>
    ctx.params.locationId === ctx.state.location.id ? [200, { location: ctx.state.location }] : notFound('Location'),
  ),
  route('GET', '/locations/{locationId}/tags', (ctx) => [200, { tags: [...ctx.state.tags.values()] }]),
  route('GET', '/locations/{locationId}/customFields', (ctx) => {
    const model = ctx.query.get('model');
    return [
      200,
      { customFields: ctx.state.customFields.filter((f) => !model || model === 'all' || f.model === model) },
    ];
  }),
  route('GET', '/locations/{locationId}/customValues', (ctx) => [200, { customValues: ctx.state.customValues }]),
  route('GET', '/locations/{locationId}/customValues/{id}', (ctx) => {
    const found = ctx.state.customValues.find((v) => v.id === ctx.params.id);
    return found ? [200, { customValue: found }] : notFound('Custom value');
  }),
  // GHL's update takes the name and the value together (customValuesDTO requires both).
  route('PUT', '/locations/{locationId}/customValues/{id}', (ctx) => {
    const found = ctx.state.customValues.find((v) => v.id === ctx.params.id);
    if (!found) return notFound('Custom value');
    if (typeof ctx.body.name !== 'string' || !ctx.body.name.trim()) return badRequest('name should not be empty');
    Object.assign(found, { name: ctx.body.name, value: ctx.body.value });
    return [200, { customValue: found }];
  }),
  route('GET', '/users/search', (ctx) => {
    const q = (ctx.query.get('query') ?? '').toLowerCase();
    const users = ctx.state.users.filter((u) => !q || String(u.name).toLowerCase().includes(q));
    return [200, { users, count: users.length }];
  }),
  route('GET', '/campaigns/', (ctx) => {
    const status = ctx.query.get('status');
    return [200, { campaigns: ctx.state.campaigns.filter((c) => !status || c.status === status) }];
  }),
  // Storage order, oldest first, one page by skip and limit, as GHL answers it.
  route('GET', '/businesses/', (ctx) => [
    200,
    { businesses: pageOf(ctx, ctx.state.businesses, { defaultLimit: 100 }) },
  ]),
];
