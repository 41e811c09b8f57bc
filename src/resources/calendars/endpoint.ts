import { API_VERSION } from '../../config';
import type { Endpoint, HttpMethod } from '../../http/endpoint';

/** Every Calendars endpoint takes Version 2021-04-15. */
export const calendarEndpoint = (method: HttpMethod, path: string, extra: Partial<Endpoint> = {}): Endpoint => ({
  method,
  path,
  version: API_VERSION.calendarsAndConversations,
  ...extra,
});
