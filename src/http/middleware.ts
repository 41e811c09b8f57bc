import type { BeforeRequestMiddleware } from 'zapier-platform-core';
import { refreshIfExpiring } from '../auth/bearer';
import { API_VERSION, apiBaseUrl } from '../config';

/**
 * beforeRequest: every call to GHL goes out with the host (sandbox-aware) and a `Version`
 * header. Operations pass paths ("/contacts/abc"); the host is added here. `callGhl` picks
 * the bearer (core gives middleware no `z.request`, which a location token needs); a request
 * made without one gets the connection's own token, unless it is known to have expired.
 */
export const addGhlHostAndAuth: BeforeRequestMiddleware = (request, z, bundle) => {
  if (request.url.startsWith('/')) request.url = `${apiBaseUrl()}${request.url}`;
  // The GHL token and headers go to GHL only, never to the webhook relay or a file host.
  if (!request.url.startsWith(`${apiBaseUrl()}/`)) return request;
  const headers: Record<string, string> = { ...(request.headers as Record<string, string>) };
  const isTokenCall = /\/oauth\/token$/.test(request.url);
  if (!isTokenCall && !headers.Authorization && bundle.authData?.access_token) {
    refreshIfExpiring(z, bundle);
    headers.Authorization = `Bearer ${bundle.authData.access_token}`;
  }
  if (!isTokenCall && !headers.Version) headers.Version = API_VERSION.standard;
  headers.Accept = headers.Accept ?? 'application/json';
  request.headers = headers;
  return request;
};
