import type { HttpResponse } from 'zapier-platform-core';

/** GHL's error bodies vary by service: `message` may be a string or a list, `error` a name. */
interface GhlErrorBody {
  message?: string | string[];
  error?: string;
  msg?: string;
  meta?: { contactId?: string; matchingField?: string };
}

export const parseErrorBody = (response: HttpResponse): GhlErrorBody => {
  try {
    const body = JSON.parse(response.content) as unknown;
    return body && typeof body === 'object' ? (body as GhlErrorBody) : {};
  } catch {
    return {};
  }
};

/** GHL's own words for what went wrong, kept in every error the app shows. */
export const ghlMessage = (body: GhlErrorBody): string => {
  const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
  return (message || body.msg || body.error || '').trim();
};

export const isDuplicateContact = (body: GhlErrorBody): boolean =>
  Boolean(body.meta?.contactId) || /duplicat/i.test(ghlMessage(body));

/** The existing contact a duplicate refusal names, when it names one. */
export const existingContactOf = (response: HttpResponse): string | undefined => {
  const body = parseErrorBody(response);
  return response.status === 400 && isDuplicateContact(body) ? body.meta?.contactId : undefined;
};

/** A create GHL refused because the record exists: the caller asked to be told (`allowExisting`). */
export class RecordExists extends Error {
  constructor(readonly id: string) {
    super(`The record exists: ${id}`);
  }
}
