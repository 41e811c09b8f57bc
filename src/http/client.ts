import { type Bundle, type HttpRequestOptions, type ZObject, errors } from 'zapier-platform-core';
import { API_VERSION } from '../config';
import { type Endpoint, expandPath, pathParams } from './endpoint';
import { isNetworkFailure, networkFailureError } from './networkFailure';

export interface GhlCall {
  endpoint: Endpoint;
  /** Every value the request needs, by GHL name: path parameters are taken out, the rest go to query or body. */
  values: Record<string, unknown>;
  /** Let the caller read a 404 (searches turn it into "no results"). */
  allowNotFound?: boolean;
}

const definedEntries = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

export const toRequest = ({ endpoint, values, allowNotFound }: GhlCall): HttpRequestOptions & { url: string } => {
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
    ...(sendBody ? { body: endpoint.bodyIsList ? [rest] : rest } : { params: rest }),
    // An allowed 404 must pass core's final status check too; every other error is still mapped.
    skipThrowForStatus: Boolean(allowNotFound),
    middlewareData: { allowNotFound: Boolean(allowNotFound) },
  };
};

/** The one way operations call GHL: build the request, send it, return the parsed JSON (or null on an allowed 404). */
export const callGhl = async <T = Record<string, unknown>>(z: ZObject, call: GhlCall): Promise<T | null> => {
  let response;
  try {
    response = await z.request(toRequest(call));
  } catch (error) {
    if (isNetworkFailure(error)) throw networkFailureError(z, call.endpoint.method, error);
    throw error;
  }
  if (response.status === 404 && call.allowNotFound) return null;
  return (response.data ?? {}) as T;
};

/** The connected sub-account's IDs, kept in the auth data from GHL's token answer. */
export const connectionId = (bundle: Bundle, name: 'locationId' | 'companyId'): string => {
  const id = bundle.authData?.[name];
  if (!id) {
    throw new errors.Error(`This HighLevel connection has no ${name}: reconnect your HighLevel account and choose a sub-account (location).`, 'IncompleteConnection');
  }
  return String(id);
};

export const locationIdOf = (bundle: Bundle): string => connectionId(bundle, 'locationId');
