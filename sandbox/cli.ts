import { parseArgs } from 'node:util';
import { startSandbox } from './server';

/** `npm run sandbox -- --port 4010 --seed`: a local GHL on 127.0.0.1 until Ctrl+C. */
const main = async () => {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4010' }, seed: { type: 'boolean', default: false } } });
  const sandbox = await startSandbox({ port: Number(values.port), seed: values.seed });
  const { clientId, clientSecret } = sandbox.oauth.client;
  console.log(`HighLevel sandbox listening on ${sandbox.url}`);
  console.log(`OAuth client id: ${clientId}\nOAuth client secret: ${clientSecret}`);
  console.log(`Point the app at it with GHL_BASE_URL=${sandbox.url} CLIENT_ID=${clientId} CLIENT_SECRET=${clientSecret}`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

void main();
