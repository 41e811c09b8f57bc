import { parseArgs } from 'node:util';
import { sandboxEnv, writeEnvFile } from './localEnv';
import { startSandbox } from './server';

/**
 * `npm run sandbox -- --port 4010 --seed [--write-env .env]`: a local GHL on 127.0.0.1 until
 * Ctrl+C. It prints what the app needs to talk to it and, with --write-env, writes it there for
 * `zapier-platform invoke`.
 */
const main = async () => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      seed: { type: 'boolean', default: false },
      'write-env': { type: 'string' },
    },
  });
  const sandbox = await startSandbox({ port: Number(values.port), seed: values.seed });
  const env = sandboxEnv(sandbox);
  console.log(`HighLevel sandbox listening on ${sandbox.url}`);
  console.log(
    `The app's environment for it:\n${Object.entries(env)
      .map(([k, v]) => `  ${k}=${v}`)
      .join('\n')}`,
  );
  if (values['write-env']) {
    writeEnvFile(values['write-env'], env);
    console.log(`Written to ${values['write-env']}; connect with \`npm run connect\`.`);
  }
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

void main();
