import type { ServerResponse } from 'node:http';
import { send } from './http';
import { FileBody } from './router';
import type { LocationState } from './store';

/** Where uploaded files are served: public links, as GHL's storage links are (no token). */
export const MEDIA_PATH = '/__media/';

export const mediaUrl = (origin: string, locationId: string, id: string, name: string) =>
  `${origin}${MEDIA_PATH}${encodeURIComponent(locationId)}/${id}/${encodeURIComponent(name)}`;

/** Answers a GET of an uploaded file; false for any other request. */
export const serveMedia = (res: ServerResponse, url: URL, locations: Map<string, LocationState>): boolean => {
  if (!url.pathname.startsWith(MEDIA_PATH)) return false;
  const [locationId = '', id = ''] = url.pathname.slice(MEDIA_PATH.length).split('/').map(decodeURIComponent);
  const file = locations.get(locationId)?.media.get(id);
  if (!file) send(res, 404, { statusCode: 404, message: 'File not found' });
  else send(res, 200, new FileBody(file.bytes, file.contentType));
  return true;
};
