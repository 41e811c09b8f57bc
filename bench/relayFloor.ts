import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { ghlKeys, signedByGhl } from '../relay/ghlSignature';

/**
 * The relay's floor: a bare Node server that reads GHL's POST, checks its signature as the relay
 * does, and answers 200, storing nothing. What the relay reaches is read against this.
 */
const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } } });
const keys = ghlKeys();
const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const signed = signedByGhl(Buffer.concat(chunks), req.headers, keys);
  res.writeHead(signed ? 200 : 401, { 'content-type': 'application/json' });
  res.end(signed ? '{"ok":true}' : '{"message":"Missing or wrong signature"}');
});
server.listen(Number(values.port), values.host, () => console.error('floor listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
