import { type Reply, badRequest, route } from '../router';

/** The agency token's OAuth endpoints: a sub-account's token, and where the app is installed. */
export const oauthRoutes = [
  route('POST', '/oauth/locationToken', (ctx): Reply =>
    ctx.auth.oauth.mintLocationToken(
      ctx.auth.grant,
      String(ctx.body.companyId ?? ''),
      String(ctx.body.locationId ?? ''),
    ),
  ),
  route('GET', '/oauth/installedLocations', (ctx): Reply => {
    const { grant, oauth, subAccounts } = ctx.auth;
    if (ctx.query.get('companyId') !== grant.companyId) return [403, { statusCode: 403, message: 'Not your agency' }];
    if (ctx.query.get('appId') !== oauth.client.clientId.split('-')[0])
      return badRequest('appId does not match an installed app');
    const installed = subAccounts.filter((l) => grant.approvedLocations?.includes(l.id));
    const locations = installed.map((l) => ({
      _id: l.id,
      name: l.name,
      address: '1 Rivonia Road, Johannesburg',
      isInstalled: true,
    }));
    return [200, { locations, count: locations.length }];
  }),
];
