import type { KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type GhlContract, ghlContract } from '../contract/ghlContract';
import { adminRoutes } from './admin';
import { apiPipeline } from './apiPipeline';
import type { Installable } from './consentPage';
import { serveConsent } from './consentRoute';
import { faultInjector } from './faults';
import { readBytes, send } from './http';
import { serveMedia } from './media';
import { OAuthServer } from './oauth';
import { GHL_RATE_LIMIT, type RateLimit, rateLimiter } from './rateLimiter';
import { type Json, type LocationState, emptyLocation, seedLocation } from './store';
import { type WebhookSender, webhookSender } from './webhooks/sender';

export const SANDBOX_LOCATION_ID = 've9EPM428h8vShlRW1KT';
export const SANDBOX_COMPANY_ID = '5DP4iH6HLkQsiKESj6rh';
export const SANDBOX_USER_ID = 'usrSipho000000000001';
/** The agency's second sub-account, so an agency connection has a choice to make. */
export const SANDBOX_SECOND_LOCATION_ID = 'Rx7Sandton0000000002';
/** The sandbox's marketplace app: GHL's client IDs are the app ID, a dash and a suffix. */
export const SANDBOX_APP_ID = '6578278e879ad2646715ba9c';
export interface SandboxOptions {
  /** Where GHL's webhooks go (the marketplace app's webhook URL): none are sent without one. */
  webhookUrl?: string;
  /** The Ed25519 key webhooks are signed with; a fresh one unless given. */
  webhookSigningKey?: KeyObject;
  port?: number;
  /**
   * For this long after a message is sent, GHL answers a send to the same location with 403 "No
   * conversation provider found" (its docs issue 4). Default 0: tests that show it set it.
   */
  providerSettleMs?: number;
  seed?: boolean;
  accessTokenSeconds?: number;
  clientId?: string;
  clientSecret?: string;
  /** Injected clock, so tests can expire tokens without waiting. */
  clock?: () => number;
  /** GHL's contract; the committed snapshot when not given. */
  contract?: GhlContract;
  /** GHL's rate limit unless given; the benchmark lifts it to time thousands of calls. */
  rateLimit?: RateLimit;
  /** Sees every API request the sandbox serves (after auth), so the benchmark can replay it bare. */
  onApiRequest?: (request: { method: string; url: string; headers: Record<string, string>; body: string }) => void;
}

export interface Sandbox {
  /** The webhook sender, when `webhookUrl` was given: its public key and what it sent. */
  webhooks?: WebhookSender;
  url: string;
  oauth: OAuthServer;
  locations: Map<string, LocationState>;
  /** Requests served per route name ("GET /contacts/{contactId}"). */
  counts: Map<string, number>;
  /** Answers the sandbox gave that GHL's spec does not allow: a sandbox bug, which tests assert stays empty. */
  offSpecAnswers: string[];
  close: () => Promise<void>;
}

export const startSandbox = async (options: SandboxOptions = {}): Promise<Sandbox> => {
  const clock = options.clock ?? Date.now;
  const oauth = new OAuthServer(
    {
      clientId: options.clientId ?? `${SANDBOX_APP_ID}-sandbox`,
      clientSecret: options.clientSecret ?? 'sandbox-client-secret',
    },
    options.accessTokenSeconds ?? 86_399,
    clock,
  );
  const location = emptyLocation(SANDBOX_LOCATION_ID, 'Mokoena Dental (sandbox)', SANDBOX_COMPANY_ID);
  const second = emptyLocation(SANDBOX_SECOND_LOCATION_ID, 'Mokoena Dental Sandton (sandbox)', SANDBOX_COMPANY_ID);
  const locations = new Map<string, LocationState>([
    [SANDBOX_LOCATION_ID, options.seed ? seedLocation(location) : location],
    [SANDBOX_SECOND_LOCATION_ID, options.seed ? seedLocation(second) : second],
  ]);
  // The agency's own records (the company, its sub-accounts, snapshots) live with its first location.
  const agencyHome = locations.get(SANDBOX_LOCATION_ID)!;
  agencyHome.agencyLocations.push(second.location);
  agencyHome.company.locationCount = agencyHome.agencyLocations.length;
  const installable = (): Installable => ({
    company: { id: String(agencyHome.company.id), name: String(agencyHome.company.name) },
    subAccounts: [...locations.values()].map((l) => ({ id: String(l.location.id), name: String(l.location.name) })),
    userId: SANDBOX_USER_ID,
  });
  const counts = new Map<string, number>();
  const offSpecAnswers: string[] = [];
  const faults = faultInjector();
  const webhooks = options.webhookUrl ? webhookSender(options.webhookUrl, clock, options.webhookSigningKey) : undefined;
  const appEvent = (type: 'INSTALL' | 'UNINSTALL', locationId: string) =>
    webhooks?.emit(type, locationId, { appId: SANDBOX_APP_ID, companyId: SANDBOX_COMPANY_ID, installType: 'Location' });
  const admin = adminRoutes(faults, counts, oauth, () => {
    for (const id of locations.keys()) appEvent('UNINSTALL', id);
  });
  const handleApi = apiPipeline({
    contract: options.contract ?? (await ghlContract()),
    oauth,
    rateLimit: rateLimiter(options.rateLimit ?? GHL_RATE_LIMIT, clock),
    clock,
    agencyHome,
    locations,
    installable,
    counts,
    offSpecAnswers,
    providerSettleMs: options.providerSettleMs ?? 0,
    onApiRequest: options.onApiRequest,
    webhooks,
  });

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const bytes = await readBytes(req);
      const raw = bytes.toString('utf8');
      if (serveMedia(res, url, locations)) return;
      if (url.pathname.startsWith('/__sandbox/')) {
        const [status, reply] = admin(url.pathname, raw ? (JSON.parse(raw) as Json) : {});
        return send(res, status, reply);
      }
      const fault = await faults.apply(req, res);
      if (fault === 'answered') return;
      if (serveConsent(req, res, url, raw, oauth, installable())) return;
      if (url.pathname === '/oauth/token' && req.method === 'POST') {
        const form = new URLSearchParams(raw);
        const [status, reply] = oauth.token(form);
        const installed = (reply as Json).locationId;
        if (status === 200 && form.get('grant_type') === 'authorization_code' && typeof installed === 'string') {
          appEvent('INSTALL', installed);
        }
        return send(res, status, reply);
      }
      await handleApi(req, res, url, { raw, bytes }, fault === 'dropReply');
    } catch (error) {
      send(res, 500, { statusCode: 500, message: (error as Error).message });
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    oauth,
    locations,
    webhooks,
    counts,
    offSpecAnswers,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
};
