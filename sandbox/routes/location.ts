import { notFound, pageOf, route } from '../router';

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
