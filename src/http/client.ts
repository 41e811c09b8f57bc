import type { Bundle, HttpRequestOptions, ZObject } from 'zapier-platform-core';
import { bearerFor } from '../auth/bearer';
import type { Audience } from '../auth/connection';
import { API_VERSION } from '../config';
import { type Endpoint, expandPath, pathParams } from './endpoint';
import { RecordExists, existingContactOf } from './ghlError';
import { isNetworkFailure, networkFailureError } from './networkFailure';

export interface GhlCall {
  endpoint: Endpoint;
  /** Every value the request needs, by GHL name: path parameters are taken out, the rest go to query or body. */
  values: Record<string, unknown>;
  /** Let the caller read a 404 (searches turn it into "no results"). */
  allowNotFound?: boolean;
  /** Which token the call needs (default: the sub-account's). */
  audience?: Audience;
  /** A refusal naming the existing record (a duplicate contact) throws `RecordExists` rather than an error for the user. */
  allowExisting?: boolean;
}

const definedEntries = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

const bodyAndQuery = (endpoint: Endpoint, values: Record<string, unknown>) => {
  const inQuery = new Set(endpoint.inQuery ?? []);
  const params = Object.fromEntries(Object.entries(values).filter(([k]) => inQuery.has(k)));
  const body = Object.fromEntries(Object.entries(values).filter(([k]) => !inQuery.has(k)));
  return { body: endpoint.bodyIsList ? [body] : body, ...(inQuery.size ? { params } : {}) };
};

export const toRequest = ({
  endpoint,
  values,
  allowNotFound,
  allowExisting,
}: GhlCall): HttpRequestOptions & { url: string } => {
  const inPath = new Set(pathParams(endpoint.path));
  const rest = definedEntries(Object.fromEntries(Object.entries(values).filter(([k]) => !inPath.has(k))));
  const sendBody = endpoint.sendBody ?? (endpoint.method === 'POST' || endpoint.method === 'PUT');
  return {
    method: endpoint.method,
    url: expandPath(endpoint.path, values),
    headers: {
      Version: endpoint.version ?? API_VERSION.standard,
      ...(sendBody ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(sendBody ? bodyAndQuery(endpoint, rest) : { params: rest }),
    // An allowed 404 must pass core's final status check too; every other error is still mapped.
    skipThrowForStatus: Boolean(allowNotFound || allowExisting),
    middlewareData: { allowNotFound: Boolean(allowNotFound), allowExisting: Boolean(allowExisting) },
  };
};

/**
 * Sends a request to GHL with the bearer its audience needs (the connection's, or a sub-account's
 * location token), turning a network failure into a step error that says so.
 */
export const sendToGhl = async (
  z: ZObject,
  bundle: Bundle,
  request: HttpRequestOptions & { url: string },
  audience?: Audience,
) => {
  const { authorization, locationTokenFor } = await bearerFor(z, bundle, audience);
  request.headers = { ...request.headers, Authorization: authorization };
  if (locationTokenFor) request.middlewareData = { ...request.middlewareData, locationTokenFor };
  try {
    return await z.request(request);
  } catch (error) {
    if (isNetworkFailure(error)) throw networkFailureError(z, request.method ?? 'GET', error);
    throw error;
  }
};

/** The one way operations call GHL: build the request, send it, return the parsed JSON (or null on an allowed 404). */
export const callGhl = async <T = Record<string, unknown>>(
  z: ZObject,
  bundle: Bundle,
  call: GhlCall,
): Promise<T | null> => {
  const response = await sendToGhl(z, bundle, toRequest(call), call.audience);
  if (response.status === 404 && call.allowNotFound) return null;
  const existing = call.allowExisting ? existingContactOf(response) : undefined;
  if (existing) throw new RecordExists(existing);
  return (response.data ?? {}) as T;
};
