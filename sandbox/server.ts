import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type GhlContract, ghlContract, queryObject } from './contract/ghlContract';
import { OAuthServer } from './oauth';
import { FileBody, type Reply, type Route, match } from './router';
import { agencyRoutes } from './routes/agency';
import { associationRoutes } from './routes/associations';
import { blogRoutes } from './routes/blogs';
import { businessRoutes } from './routes/businesses';
import { calendarRoutes } from './routes/calendars';
import { contactRoutes } from './routes/contacts';
import { conversationRoutes } from './routes/conversations';
import { locationRoutes } from './routes/location';
import { opportunityRoutes } from './routes/opportunities';
import { userRoutes } from './routes/users';
import { workflowRoutes } from './routes/workflows';
import { type Json, type LocationState, emptyLocation, seedLocation } from './store';

export const SANDBOX_LOCATION_ID = 've9EPM428h8vShlRW1KT';
export const SANDBOX_COMPANY_ID = '5DP4iH6HLkQsiKESj6rh';
export const SANDBOX_USER_ID = 'usrSipho000000000001';
const VERSIONS = new Set(['2021-07-28', '2021-04-15']);
/** GHL's documented limits: 100 requests per 10 seconds per location, 200,000 a day. */
const GHL_RATE_LIMIT = { max: 100, windowMs: 10_000, daily: 200_000 };

const ROUTES: Route[] = [...contactRoutes, ...agencyRoutes, ...locationRoutes, ...associationRoutes, ...blogRoutes, ...opportunityRoutes, ...calendarRoutes, ...conversationRoutes, ...userRoutes, ...businessRoutes, ...workflowRoutes];

export interface SandboxOptions {
  port?: number;
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
    res.writeHead(status, { 'Content-Type': body.contentType, 'Content-Length': String(body.bytes.length), ...headers });
    return res.end(body.bytes);
  }
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const consentPage = (query: URLSearchParams) => `<!doctype html>
<html><head><title>HighLevel Sandbox: Choose Location</title></head>
<body><h1>Connect your HighLevel location</h1>
<p>The app asks for: ${escapeHtml(query.get('scope') ?? '')}</p>
<form method="post" action="/oauth/chooselocation">
  <input type="hidden" name="redirect_uri" value="${escapeHtml(query.get('redirect_uri') ?? '')}">
  <input type="hidden" name="state" value="${escapeHtml(query.get('state') ?? '')}">
  <input type="hidden" name="client_id" value="${escapeHtml(query.get('client_id') ?? '')}">
  <input type="hidden" name="scope" value="${escapeHtml(query.get('scope') ?? '')}">
  <label>Location <select name="location_id"><option value="${SANDBOX_LOCATION_ID}">Mokoena Dental (sandbox)</option></select></label>
  <button id="approve" type="submit">Allow Access</button>
</form></body></html>`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const startSandbox = async (options: SandboxOptions = {}): Promise<Sandbox> => {
  const clock = options.clock ?? Date.now;
  const oauth = new OAuthServer(
    { clientId: options.clientId ?? 'sandbox-client-id', clientSecret: options.clientSecret ?? 'sandbox-client-secret' },
    options.accessTokenSeconds ?? 86_399,
    clock,
  );
  const location = emptyLocation(SANDBOX_LOCATION_ID, 'Mokoena Dental (sandbox)', SANDBOX_COMPANY_ID);
  const locations = new Map([[SANDBOX_LOCATION_ID, options.seed ? seedLocation(location) : location]]);
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

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL, raw: string, dropReply: boolean) => {
    const found = match(ROUTES, req.method ?? 'GET', url.pathname);
    if (!found) return send(res, 404, { statusCode: 404, message: `Cannot ${req.method} ${url.pathname}` });
    const version = req.headers.version;
    if (typeof version !== 'string' || !VERSIONS.has(version)) {
      return send(res, 400, { statusCode: 400, message: 'Version header is missing or not a supported API version' });
    }
    const grant = oauth.authenticate(req.headers.authorization);
    if (typeof grant === 'string') {
      return send(res, 401, { statusCode: 401, message: grant === 'expired' ? 'Invalid JWT: token expired' : 'Invalid JWT' });
    }
    const { exceeded, headers } = rateLimit(grant.locationId);
    if (exceeded) return send(res, 429, { statusCode: 429, message: 'Too many requests' }, headers);
    let body: Json = {};
    try {
      body = raw ? (JSON.parse(raw) as Json) : {};
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
    // GHL refuses a token whose grant lacks the scopes the endpoint names, with this 401.
    if (check.operation && !contract.allows(check.operation, grant.scopes)) {
      return send(res, 401, { statusCode: 401, message: 'The token is not authorized for this scope.' }, headers);
    }
    const asked = url.searchParams.get('locationId') ?? (body.locationId as string | undefined) ?? found.params.locationId;
    if (asked && asked !== grant.locationId) {
      return send(res, 403, { statusCode: 403, message: 'The token does not have access to this location' }, headers);
    }
    counts.set(found.route.name, (counts.get(found.route.name) ?? 0) + 1);
    options.onApiRequest?.({
      method: req.method ?? 'GET',
      url: `${url.pathname}${url.search}`,
      headers: { version: String(req.headers.version), authorization: String(req.headers.authorization), 'content-type': 'application/json' },
      body: raw,
    });
    const [status, reply] = found.route.handler({
      state: locations.get(grant.locationId)!,
      params: found.params,
      query: url.searchParams,
      body,
      now: new Date(clock()).toISOString(),
    });
    // A file answer has no JSON schema in the spec to hold it to.
    if (status < 300 && check.operation && !(reply instanceof FileBody)) {
      const problems = contract.checkResponse(check.operation, status, reply);
      if (problems.length) offSpecAnswers.push(`${found.route.name} -> ${status}: ${problems.join('; ')}`);
    }
    if (dropReply) return req.socket.destroy();
    send(res, status, reply, headers);
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
      if (url.pathname === '/oauth/chooselocation' && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return res.end(consentPage(url.searchParams));
      }
      if (url.pathname === '/oauth/chooselocation' && req.method === 'POST') {
        const form = new URLSearchParams(raw);
        const code = oauth.issueCode(
          {
            locationId: form.get('location_id') ?? SANDBOX_LOCATION_ID, companyId: SANDBOX_COMPANY_ID, userId: SANDBOX_USER_ID,
            scopes: (form.get('scope') ?? '').split(' ').filter(Boolean),
          },
          form.get('redirect_uri') ?? '',
        );
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
