import { API_VERSION, type ApiVersion } from '../config';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One GHL API v2 endpoint, as the spec names it: `path` keeps its `{param}` placeholders. */
export interface Endpoint {
  method: HttpMethod;
  path: string;
  /** The `Version` header the spec names for this endpoint (default 2021-07-28). */
  version?: ApiVersion;
  /** Send leftover inputs as a JSON body (default: POST and PUT) or as query parameters. */
  sendBody?: boolean;
  /** The body is a list of such objects (GHL takes several notifications at once): one is sent. */
  bodyIsList?: boolean;
  /** Values that go in the query string although the rest go in the body (an update's `locationId`). */
  inQuery?: string[];
}

export const pathParams = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);

/**
 * Fills `{param}` placeholders. Values were already checked by `recordId`; this still encodes
 * them and refuses a missing one, so no request ever carries "undefined" or escapes its template.
 */
export const expandPath = (path: string, values: Record<string, unknown>): string =>
  path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || String(value) === '') {
      throw new Error(`Missing value for "${name}" in ${path}`);
    }
    return encodeURIComponent(String(value));
  });

/**
 * One endpoint as the spec names it, with the `Version` header it takes: most APIs take
 * 2021-07-28 (the default); calendars and conversations take 2021-04-15.
 */
export const endpoint = (
  method: HttpMethod,
  path: string,
  version: ApiVersion = API_VERSION.standard,
  extra: Partial<Endpoint> = {},
): Endpoint => ({
  method,
  path,
  version,
  ...extra,
});
