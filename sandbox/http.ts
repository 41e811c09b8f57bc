import type { IncomingMessage, ServerResponse } from 'node:http';
import { FileBody } from './router';

export const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
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
