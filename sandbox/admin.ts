import type { FaultInjector } from './faults';
import type { OAuthServer } from './oauth';
import type { Reply } from './router';
import type { Json } from './store';

/** The sandbox's own routes under /__sandbox/: faults, request counts, expiring and revoking tokens. */
export const adminRoutes =
  (faults: FaultInjector, counts: Map<string, number>, oauth: OAuthServer, onRevoke: () => void = () => undefined) =>
  (path: string, body: Json): Reply => {
    if (path === '/__sandbox/faults') {
      faults.set(body);
      return [200, { ok: true }];
    }
    if (path === '/__sandbox/counts') return [200, Object.fromEntries(counts)];
    if (path === '/__sandbox/expire-tokens') {
      oauth.expireAll();
      return [200, { ok: true }];
    }
    if (path === '/__sandbox/revoke-tokens') {
      oauth.revokeAll();
      // Revoking is the app's uninstall: GHL tells the app's webhook URL.
      onRevoke();
      return [200, { ok: true }];
    }
    return [404, { message: 'Unknown sandbox admin route' }];
  };
