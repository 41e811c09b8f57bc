import type { Grant, OAuthServer } from './oauth';
import type { Json, LocationState } from './store';

export interface RouteContext {
  state: LocationState;
  /** The token's grant, for the OAuth routes (location tokens, installed sub-accounts). */
  auth: { grant: Grant; oauth: OAuthServer; subAccounts: Array<{ id: string; name: string }> };
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  now: string;
  /** The sandbox's own address, for the links it answers (uploaded files). */
  origin: string;
  /** How this sandbox imitates GHL's slower habits (see SandboxOptions). */
  habits: { providerSettleMs: number };
}

export type Reply = [number, unknown];

/** An answer that is a file (a call recording), not JSON. */
export class FileBody {
  constructor(
    readonly bytes: Buffer,
    readonly contentType: string,
  ) {}
}
/** A handler's lookups answer either the record or the error reply to send instead. */
export const isReply = (value: Json | Reply): value is Reply => Array.isArray(value);

export type Handler = (ctx: RouteContext) => Reply;

export interface Route {
  method: string;
  pattern: string;
  /** Names the route in request counts: "GET /contacts/{contactId}". */
  name: string;
  regex: RegExp;
  handler: Handler;
}

export const route = (method: string, pattern: string, handler: Handler): Route => ({
  method,
  pattern,
  name: `${method} ${pattern}`,
  regex: new RegExp(`^${pattern.replace(/\/$/, '').replace(/\{[^}]+\}/g, '([^/]+)')}/?$`),
  handler,
});

export const match = (routes: Route[], method: string, path: string) => {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.regex.exec(path);
    if (!m) continue;
    const names = [...r.pattern.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]!);
    return { route: r, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) };
  }
  return undefined;
};

export const notFound = (what: string): Reply => [404, { statusCode: 404, message: `${what} not found` }];

/** The record stored under `id`, or GHL's 404 reply naming what was missing. */
export const recordOr404 = (records: Map<string, Json>, id: unknown, what: string): Json | Reply =>
  records.get(String(id ?? '')) ?? notFound(what);

/** One page of a list, by the offset parameter the endpoint names and its `limit`. */
export const pageOf = <T>(
  ctx: RouteContext,
  rows: T[],
  { offsetParam = 'skip', defaultLimit }: { offsetParam?: string; defaultLimit: number },
): T[] => {
  const offset = Number(ctx.query.get(offsetParam) ?? 0);
  return rows.slice(offset, offset + Number(ctx.query.get('limit') ?? defaultLimit));
};
export const badRequest = (message: string): Reply => [400, { statusCode: 400, message }];
