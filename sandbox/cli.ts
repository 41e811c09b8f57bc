import { generateKeyPairSync } from 'node:crypto';
import { parseArgs } from 'node:util';
import { relayEnv, sandboxEnv, writeEnvFile } from './localEnv';
import { startSandbox } from './server';

/**
 * `npm run sandbox -- --port 4010 --seed [--write-env .env] [--relay http://127.0.0.1:4020]`: a
 * local GHL on 127.0.0.1 until Ctrl+C. It prints what the app needs to talk to it and, with
 * --write-env, writes it there for `zapier-platform invoke`. With --relay it sends its signed
 * webhooks to that relay, as GHL sends them to the app's webhook URL, and the settings the
 * relay and the app share (its secret, the sandbox's signing key, loopback hooks) go with them.
 */
const main = async () => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      seed: { type: 'boolean', default: false },
      'write-env': { type: 'string' },
      relay: { type: 'string' },
    },
  });
  const signing = values.relay ? generateKeyPairSync('ed25519') : undefined;
  const sandbox = await startSandbox({
    port: Number(values.port),
    seed: values.seed,
    ...(values.relay
      ? { webhookUrl: `${values.relay.replace(/\/+$/, '')}/webhooks/ghl`, webhookSigningKey: signing!.privateKey }
      : {}),
  });
  const env = { ...sandboxEnv(sandbox), ...(values.relay ? relayEnv(values.relay, signing!.publicKey) : {}) };
  console.log(`HighLevel sandbox listening on ${sandbox.url}`);
  console.log(
    `The app's environment for it:\n${Object.entries(env)
      .map(([k, v]) => `  ${k}=${v}`)
      .join('\n')}`,
  );
  if (values['write-env']) {
    writeEnvFile(values['write-env'], env);
    console.log(`Written to ${values['write-env']}; connect with \`npm run connect\`.`);
    if (values.relay)
      console.log(
        `Webhooks go to ${values.relay}: start it with \`npm run relay -- --port ${new URL(values.relay).port || 80} --env-file ${values['write-env']}\`.`,
      );
  }
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

void main();
