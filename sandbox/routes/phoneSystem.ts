import { route } from '../router';

/** The location's numbers (DetailedPhoneNumberDto), paged as GHL pages them: `page` from 0. */
export const phoneSystemRoutes = [
  route('GET', '/phone-system/numbers/location/{locationId}', (ctx) => {
    const pageSize = Number(ctx.query.get('pageSize') ?? 1000);
    const page = Number(ctx.query.get('page') ?? 0);
    const numbers = ctx.state.phoneNumbers.slice(page * pageSize, (page + 1) * pageSize);
    return [200, { numbers, isUnderGhl: true, pageSize, page, accountStatus: 'active' }];
  }),
];
