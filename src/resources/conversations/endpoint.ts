import { API_VERSION } from '../../config';
import type { Endpoint, HttpMethod } from '../../http/endpoint';

/** Every Conversations endpoint takes Version 2021-04-15. */
export const conversationEndpoint = (method: HttpMethod, path: string): Endpoint => ({
  method,
  path,
  version: API_VERSION.calendarsAndConversations,
});
