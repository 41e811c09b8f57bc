import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { type GhlContract, queryObject } from '../contract/ghlContract';
import type { Installable } from './consentPage';
import { type UploadedFile, readMultipart, send } from './http';
import type { Grant, OAuthServer } from './oauth';
import type { rateLimiter } from './rateLimiter';
import { FileBody, match } from './router';
import { API_ROUTES } from './routes';
import type { Json, LocationState } from './store';
import { EVENT_RULES } from './webhooks/events';
import type { WebhookSender } from './webhooks/sender';

const VERSIONS = new Set(['2021-07-28', '2021-04-15']);

export interface ApiContext {
  contract: GhlContract;
  oauth: OAuthServer;
  rateLimit: ReturnType<typeof rateLimiter>;
  clock: () => number;
  /** The agency's records live with its first location. */
  agencyHome: LocationState;
  locations: Map<string, LocationState>;
  installable: () => Installable;
  counts: Map<string, number>;
  offSpecAnswers: string[];
  providerSettleMs: number;
  /** Sends GHL's webhooks for what the requests change, when the sandbox has a webhook URL. */
  webhooks?: WebhookSender;
  onApiRequest?: (request: { method: string; url: string; headers: Record<string, string>; body: string }) => void;
}

/** GHL's 401 words when the token may not call the operation: its kind first, then its scopes. */
const tokenRefusal = (contract: GhlContract, operation: string, grant: Grant): string | undefined => {
  const served = contract.tokenKinds(operation);
  if (grant.userType === 'Company' && !served.has('agency')) return 'This AuthClass is not yet supported';
  if (grant.userType === 'Location' && !served.has('subAccount'))
    return 'This route is not yet supported by the IAM Service';
  if (!contract.allows(operation, grant.scopes)) return 'The token is not authorized for this scope.';
  return undefined;
};

const isMultipart = (req: IncomingMessage) =>
  String(req.headers['content-type'] ?? '').startsWith('multipart/form-data');

const parseBody = async (req: IncomingMessage, raw: string, bytes: Buffer): Promise<Json> => {
  const type = String(req.headers['content-type'] ?? '');
  if (!raw) return {};
  if (isMultipart(req)) return readMultipart(type, bytes) as Promise<Json>;
  if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw)) as Json;
  return JSON.parse(raw) as Json;
};

/** What the contract sees of a multipart body: its fields, each file as a string of its name. */
const contractView = (body: Json): Json =>
  Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map((v) => (isFile(v) ? v.name : v)) : isFile(value) ? value.name : value,
    ]),
  );
const isFile = (value: unknown): value is UploadedFile =>
  typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).bytes);

/**
 * One API request as GHL answers it, in GHL's order: route, Version header, token, rate limit,
 * the spec's request rules (422), the token's kind and scopes (401), the location (403); then
 * the handler, whose answer is held to the spec.
 */
export const apiPipeline =
  (ctx: ApiContext) =>
  async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    { raw, bytes }: { raw: string; bytes: Buffer },
    dropReply: boolean,
  ) => {
    const found = match(API_ROUTES, req.method ?? 'GET', url.pathname);
    if (!found) return send(res, 404, { statusCode: 404, message: `Cannot ${req.method} ${url.pathname}` });
    const version = req.headers.version;
    if (typeof version !== 'string' || !VERSIONS.has(version)) {
      return send(res, 400, { statusCode: 400, message: 'Version header is missing or not a supported API version' });
    }
    const grant = ctx.oauth.authenticate(req.headers.authorization);
    // GHL's words for an expired or unknown access token alike.
    if (typeof grant === 'string') return send(res, 401, { statusCode: 401, message: 'Invalid JWT' });
    const { exceeded, headers } = ctx.rateLimit(grant.locationId ?? grant.companyId);
    if (exceeded) return send(res, 429, { statusCode: 429, message: 'Too many requests' }, headers);
    let body: Json;
    try {
      body = await parseBody(req, raw, bytes);
    } catch {
      return send(res, 400, { statusCode: 400, message: 'Body is not valid JSON' }, headers);
    }
    const check = ctx.contract.checkRequest({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: queryObject(url.searchParams),
      headers: req.headers,
      body: !raw ? undefined : isMultipart(req) ? contractView(body) : body,
    });
    if (check.errors.length) {
      // GHL's validation pipe answers 422 with every broken rule in `message`.
      return send(res, 422, { statusCode: 422, message: check.errors, error: 'Unprocessable Entity' }, headers);
    }
    const refusal = check.operation && tokenRefusal(ctx.contract, check.operation, grant);
    if (refusal) return send(res, 401, { statusCode: 401, message: refusal }, headers);
    const asked =
      url.searchParams.get('locationId') ?? (body.locationId as string | undefined) ?? found.params.locationId;
    const reachable = grant.userType === 'Company' ? (grant.approvedLocations ?? []) : [grant.locationId];
    if (asked && !reachable.includes(asked)) {
      return send(res, 403, { statusCode: 403, message: 'The token does not have access to this location' }, headers);
    }
    ctx.counts.set(found.route.name, (ctx.counts.get(found.route.name) ?? 0) + 1);
    ctx.onApiRequest?.({
      method: req.method ?? 'GET',
      url: `${url.pathname}${url.search}`,
      headers: {
        version: String(req.headers.version),
        authorization: String(req.headers.authorization),
        'content-type': 'application/json',
      },
      body: raw,
    });
    const routeContext = {
      origin: `http://${String(req.headers.host)}`,
      state: grant.userType === 'Company' ? ctx.agencyHome : ctx.locations.get(grant.locationId!)!,
      auth: { grant, oauth: ctx.oauth, subAccounts: ctx.installable().subAccounts },
      habits: { providerSettleMs: ctx.providerSettleMs },
      params: found.params,
      query: url.searchParams,
      body,
      now: new Date(ctx.clock()).toISOString(),
    };
    const events = ctx.webhooks ? EVENT_RULES[found.route.name] : undefined;
    const before = events?.before?.(routeContext);
    const [status, reply] = found.route.handler(routeContext);
    if (events && status < 300) {
      const locationId = String(routeContext.state.location.id);
      for (const event of events.events(routeContext, reply as Json, before)) {
        ctx.webhooks!.emit(event.type, locationId, event.fields);
      }
    }
    // Every JSON answer of GHL's carries a traceId.
    const traced =
      status < 300 && reply && typeof reply === 'object' && !Array.isArray(reply) && !(reply instanceof FileBody)
        ? { ...reply, traceId: randomUUID() }
        : reply;
    // A file answer has no JSON schema in the spec to hold it to.
    if (status < 300 && check.operation && !(traced instanceof FileBody)) {
      const problems = ctx.contract.checkResponse(check.operation, status, traced);
      if (problems.length) ctx.offSpecAnswers.push(`${found.route.name} -> ${status}: ${problems.join('; ')}`);
    }
    if (dropReply) return req.socket.destroy();
    send(res, status, traced, headers);
  };
