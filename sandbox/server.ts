import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type GhlContract, ghlContract, queryObject } from './contract/ghlContract';
import { CONSENT_PATH, type Installable, consentPage, grantFromConsent } from './consentPage';
import { type Grant, OAuthServer } from './oauth';
import { FileBody, type Reply, type Route, match } from './router';
import { agencyRoutes } from './routes/agency';
import { associationRoutes } from './routes/associations';
import { blogRoutes } from './routes/blogs';
import { businessRoutes } from './routes/businesses';
import { calendarRoutes } from './routes/calendars';
import { contactRoutes } from './routes/contacts';
import { conversationRoutes } from './routes/conversations';
import { locationRoutes } from './routes/location';
import { oauthRoutes } from './routes/oauth';
import { opportunityRoutes } from './routes/opportunities';
import { userRoutes } from './routes/users';
import { workflowRoutes } from './routes/workflows';
import { type Json, type LocationState, emptyLocation, seedLocation } from './store';

export const SANDBOX_LOCATION_ID = 've9EPM428h8vShlRW1KT';
export const SANDBOX_COMPANY_ID = '5DP4iH6HLkQsiKESj6rh';
export const SANDBOX_USER_ID = 'usrSipho000000000001';
/** The agency's second sub-account, so an agency connection has a choice to make. */
export const SANDBOX_SECOND_LOCATION_ID = 'Rx7Sandton0000000002';
/** The sandbox's marketplace app: GHL's client IDs are the app ID, a dash and a suffix. */
export const SANDBOX_APP_ID = '6578278e879ad2646715ba9c';
const VERSIONS = new Set(['2021-07-28', '2021-04-15']);
/** GHL's documented limits: 100 requests per 10 seconds per location, 200,000 a day. */
const GHL_RATE_LIMIT = { max: 100, windowMs: 10_000, daily: 200_000 };

const ROUTES: Route[] = [
  ...oauthRoutes,
  ...contactRoutes,
  ...agencyRoutes,
  ...locationRoutes,
  ...associationRoutes,
  ...blogRoutes,
  ...opportunityRoutes,
  ...calendarRoutes,
  ...conversationRoutes,
  ...userRoutes,
  ...businessRoutes,
  ...workflowRoutes,
];

export interface SandboxOptions {
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
  /** GHL's contract; loaded from GHL_OPENAPI_DIR when not given. */
  contract?: GhlContract;
  /** GHL's rate limit unless given; the benchmark lifts it to time thousands of calls. */
  rateLimit?: typeof GHL_RATE_LIMIT;
  /** Sees every API request the sandbox serves (after auth), so the benchmark can replay it bare. */
  onApiRequest?: (request: { method: string; url: string; headers: Record<string, string>; body: string }) => void;
}

interface Fault {
  status?: number;
  delayMs?: number;
  drop?: boolean;
  /** With `drop`: carry the request out, then drop the connection before answering. */
  afterHandling?: boolean;
  remaining: number;
}

export interface Sandbox {
  url: string;
  oauth: OAuthServer;
  locations: Map<string, LocationState>;
  /** Requests served per route name ("GET /contacts/{contactId}"). */
  counts: Map<string, number>;
  /** Answers the sandbox gave that GHL's spec does not allow: a sandbox bug, which tests assert stays empty. */
  offSpecAnswers: string[];
  close: () => Promise<void>;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  if (body instanceof FileBody) {
    res.writeHead(status, {
      'Content-Type': body.contentType,
      'Content-Length': String(body.bytes.length),
      ...headers,
    });
    return res.end(body.bytes);
  }
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

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
  const locations = new Map([
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
  const contract = options.contract ?? (await ghlContract());
  const rate = options.rateLimit ?? GHL_RATE_LIMIT;
  const windows = new Map<string, { start: number; used: number; daily: number }>();
  let fault: Fault | undefined;

  const rateLimit = (locationId: string) => {
    const now = clock();
    const w = windows.get(locationId) ?? { start: now, used: 0, daily: 0 };
    if (now - w.start >= rate.windowMs) Object.assign(w, { start: now, used: 0 });
    w.used += 1;
    w.daily += 1;
    windows.set(locationId, w);
    const headers = {
      'X-RateLimit-Max': String(rate.max),
      'X-RateLimit-Remaining': String(Math.max(0, rate.max - w.used)),
      'X-RateLimit-Interval-Milliseconds': String(rate.windowMs),
      'X-RateLimit-Limit-Daily': String(rate.daily),
      'X-RateLimit-Daily-Remaining': String(Math.max(0, rate.daily - w.daily)),
      // Milliseconds until the day's quota comes back (the next midnight, UTC).
      'X-RateLimit-Daily-Reset': String(86_400_000 - (now % 86_400_000)),
    };
    return { exceeded: w.used > rate.max || w.daily > rate.daily, headers };
  };

  const admin = (path: string, body: Json): Reply => {
    if (path === '/__sandbox/faults') {
      fault = {
        status: body.status as number,
        delayMs: body.delayMs as number,
        drop: body.drop === true,
        afterHandling: body.afterHandling === true,
        remaining: Number(body.count ?? 1),
      };
      return [200, { ok: true }];
    }
    if (path === '/__sandbox/counts') return [200, Object.fromEntries(counts)];
    if (path === '/__sandbox/expire-tokens') {
      oauth.expireAll();
      return [200, { ok: true }];
    }
    if (path === '/__sandbox/revoke-tokens') {
      oauth.revokeAll();
      return [200, { ok: true }];
    }
    return [404, { message: 'Unknown sandbox admin route' }];
  };

  /** GHL's 401 words when the token may not call the operation: its kind first, then its scopes. */
  const tokenRefusal = (operation: string, grant: Grant): string | undefined => {
    const served = contract.tokenKinds(operation);
    if (grant.userType === 'Company' && !served.has('agency')) return 'This AuthClass is not yet supported';
    if (grant.userType === 'Location' && !served.has('subAccount'))
      return 'This route is not yet supported by the IAM Service';
    if (!contract.allows(operation, grant.scopes)) return 'The token is not authorized for this scope.';
    return undefined;
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL, raw: string, dropReply: boolean) => {
    const found = match(ROUTES, req.method ?? 'GET', url.pathname);
    if (!found) return send(res, 404, { statusCode: 404, message: `Cannot ${req.method} ${url.pathname}` });
    const version = req.headers.version;
    if (typeof version !== 'string' || !VERSIONS.has(version)) {
      return send(res, 400, { statusCode: 400, message: 'Version header is missing or not a supported API version' });
    }
    const grant = oauth.authenticate(req.headers.authorization);
    // GHL's words for an expired or unknown access token alike.
    if (typeof grant === 'string') return send(res, 401, { statusCode: 401, message: 'Invalid JWT' });
    const { exceeded, headers } = rateLimit(grant.locationId ?? grant.companyId);
    if (exceeded) return send(res, 429, { statusCode: 429, message: 'Too many requests' }, headers);
    let body: Json;
    try {
      const isForm = String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
      body = !raw ? {} : isForm ? (Object.fromEntries(new URLSearchParams(raw)) as Json) : (JSON.parse(raw) as Json);
    } catch {
      return send(res, 400, { statusCode: 400, message: 'Body is not valid JSON' }, headers);
    }
    const check = contract.checkRequest({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: queryObject(url.searchParams),
      headers: req.headers,
      body: raw ? body : undefined,
    });
    if (check.errors.length) {
      // GHL's validation pipe answers 422 with every broken rule in `message`.
      return send(res, 422, { statusCode: 422, message: check.errors, error: 'Unprocessable Entity' }, headers);
    }
    const refusal = check.operation && tokenRefusal(check.operation, grant);
    if (refusal) return send(res, 401, { statusCode: 401, message: refusal }, headers);
    const asked =
      url.searchParams.get('locationId') ?? (body.locationId as string | undefined) ?? found.params.locationId;
    const reachable = grant.userType === 'Company' ? (grant.approvedLocations ?? []) : [grant.locationId];
    if (asked && !reachable.includes(asked)) {
      return send(res, 403, { statusCode: 403, message: 'The token does not have access to this location' }, headers);
    }
    counts.set(found.route.name, (counts.get(found.route.name) ?? 0) + 1);
    options.onApiRequest?.({
      method: req.method ?? 'GET',
      url: `${url.pathname}${url.search}`,
      headers: {
        version: String(req.headers.version),
        authorization: String(req.headers.authorization),
        'content-type': 'application/json',
      },
      body: raw,
    });
    const [status, reply] = found.route.handler({
      state: grant.userType === 'Company' ? agencyHome : locations.get(grant.locationId!)!,
      auth: { grant, oauth, subAccounts: installable().subAccounts },
      habits: { providerSettleMs: options.providerSettleMs ?? 0 },
      params: found.params,
      query: url.searchParams,
      body,
      now: new Date(clock()).toISOString(),
    });
    // Every JSON answer of GHL's carries a traceId.
    const traced =
      status < 300 && reply && typeof reply === 'object' && !Array.isArray(reply) && !(reply instanceof FileBody)
        ? { ...reply, traceId: randomUUID() }
        : reply;
    // A file answer has no JSON schema in the spec to hold it to.
    if (status < 300 && check.operation && !(traced instanceof FileBody)) {
      const problems = contract.checkResponse(check.operation, status, traced);
      if (problems.length) offSpecAnswers.push(`${found.route.name} -> ${status}: ${problems.join('; ')}`);
    }
    if (dropReply) return req.socket.destroy();
    send(res, status, traced, headers);
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      if (url.pathname.startsWith('/__sandbox/')) {
        const [status, reply] = admin(url.pathname, raw ? (JSON.parse(raw) as Json) : {});
        return send(res, status, reply);
      }
      let dropReply = false;
      if (fault && fault.remaining > 0) {
        fault.remaining -= 1;
        const current = fault;
        if (current.delayMs) await new Promise((r) => setTimeout(r, current.delayMs));
        if (current.drop && current.afterHandling) dropReply = true;
        else if (current.drop) return req.socket.destroy();
        if (current.status) return send(res, current.status, { statusCode: current.status, message: 'Injected fault' });
      }
      if (url.pathname === CONSENT_PATH && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return res.end(consentPage(url.searchParams, installable()));
      }
      if (url.pathname === CONSENT_PATH && req.method === 'POST') {
        const form = new URLSearchParams(raw);
        const grant = grantFromConsent(form, installable());
        if (!grant) return send(res, 400, { statusCode: 400, message: 'Choose a sub-account or the agency' });
        const code = oauth.issueCode(grant, form.get('redirect_uri') ?? '');
        const target = new URL(form.get('redirect_uri') ?? '');
        target.searchParams.set('code', code);
        if (form.get('state')) target.searchParams.set('state', form.get('state')!);
        res.writeHead(302, { Location: target.toString() });
        return res.end();
      }
      if (url.pathname === '/oauth/token' && req.method === 'POST') {
        const [status, reply] = oauth.token(new URLSearchParams(raw));
        return send(res, status, reply);
      }
      await handleApi(req, res, url, raw, dropReply);
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
    counts,
    offSpecAnswers,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
};
