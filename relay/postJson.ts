import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * POSTs a JSON body on a kept-alive connection and resolves to the status; a network error or
 * no answer within `timeoutMs` rejects. node:http rather than fetch: it costs a fraction of the
 * CPU per request. A redirect is not followed. The options go as one object, the form that
 * zapier-platform-core's patch of `http.request` (in a process that also runs the app) passes on.
 */
export const postJson = (target: string, body: string | Buffer, headers: Record<string, string>, timeoutMs: number) =>
  new Promise<number>((resolve, reject) => {
    const url = new URL(target);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const payload = typeof body === 'string' ? Buffer.from(body) : body;
    const req = send({
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port,
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      agent: agents[url.protocol as keyof typeof agents],
      headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
      timeout: timeoutMs,
    });
    req.on('timeout', () => req.destroy(new Error(`No answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.on('response', (res) => {
      res.on('error', reject);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.resume();
    });
    req.end(payload);
  });

/**
 * Closes every connection kept alive. For a client that paused: a server closes one it kept
 * idle for a few seconds, and a request sent on it just then fails ("socket hang up").
 */
export const dropKeptConnections = () => {
  for (const agent of Object.values(agents)) agent.destroy();
};
