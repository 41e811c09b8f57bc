import type { BeforeRequestMiddleware } from 'zapier-platform-core';
import { API_VERSION, apiBaseUrl } from '../config';

/**
 * beforeRequest: every call to GHL goes out with the host (sandbox-aware), the bearer token
 * and a `Version` header. Operations pass paths ("/contacts/abc"); the host is added here.
 */
export const addGhlHostAndAuth: BeforeRequestMiddleware = (request, _z, bundle) => {
  if (request.url.startsWith('/')) request.url = `${apiBaseUrl()}${request.url}`;
  const headers: Record<string, string> = { ...(request.headers as Record<string, string>) };
  const isTokenCall = /\/oauth\/token$/.test(request.url);
  const token = bundle.authData?.access_token;
  if (token && !isTokenCall && !headers.Authorization) headers.Authorization = `Bearer ${token}`;
  if (!isTokenCall && !headers.Version) headers.Version = API_VERSION.standard;
  headers.Accept = headers.Accept ?? 'application/json';
  request.headers = headers;
  return request;
};
