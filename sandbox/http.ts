import type { IncomingMessage, ServerResponse } from 'node:http';
import { FileBody } from './router';

export const readBytes = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

export const readBody = async (req: IncomingMessage): Promise<string> => (await readBytes(req)).toString('utf8');

/** A file of a multipart body, as the sandbox keeps it. */
export interface UploadedFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** A multipart/form-data body: its text fields as strings (repeated ones as lists), its files as UploadedFile. */
export const readMultipart = async (contentType: string, bytes: Buffer): Promise<Record<string, unknown>> => {
  const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  const body: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    const item: unknown =
      typeof value === 'string'
        ? value
        : ({
            name: value.name,
            contentType: value.type,
            bytes: Buffer.from(await value.arrayBuffer()),
          } satisfies UploadedFile);
    body[key] = key in body ? [body[key], item].flat() : item;
  }
  return body;
};

/** Writes a JSON answer, or a file's bytes for a `FileBody`. */
export const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  if (body instanceof FileBody) {
    res.writeHead(status, {
      'Content-Type': body.contentType,
      'Content-Length': String(body.bytes.length),
      ...headers,
    });
    return res.end(body.bytes);
  }
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
