import { parseArgs } from 'node:util';
import { type Bundle, createAppTester } from 'zapier-platform-core';
import App from '../index';
import { startHookStandIn } from './hookStandIn';

/**
 * `npm run hook -- <instant trigger key> [-i '{"channel":"SMS"}']`: a Zap turned on with an
 * instant trigger, by hand. Zapier's CLI cannot subscribe a REST hook, so this does what Zapier
 * does: it opens a hook URL on loopback, subscribes it at the relay through the trigger's
 * performSubscribe (with the connection and relay settings in `.env`), prints each delivery as
 * the trigger's row, and unsubscribes on Ctrl+C.
 */
const authDataFromEnv = (): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(process.env).flatMap(([key, value]) =>
      key.startsWith('authData_') ? [[key.slice('authData_'.length), value]] : [],
    ),
  );

const main = async () => {
  const { values, positionals } = parseArgs({
    options: { input: { type: 'string', short: 'i', default: '{}' }, 'env-file': { type: 'string', default: '.env' } },
    allowPositionals: true,
  });
  process.loadEnvFile(values['env-file']);
  const key = positionals[0] ?? '';
  const trigger = App.triggers?.[key];
  const hooks = Object.keys(App.triggers ?? {}).filter((k) => App.triggers![k]!.operation.type === 'hook');
  if (!trigger || trigger.operation.type !== 'hook') throw new Error(`Name an instant trigger: ${hooks.join(', ')}.`);
  const authData = authDataFromEnv();
  if (!authData.access_token) throw new Error('No connection in .env yet: run `npm run connect` first.');
  const operation = trigger.operation as unknown as Record<
    'performSubscribe' | 'performUnsubscribe' | 'perform',
    never
  >;
  const appTester = createAppTester(App);
  const inputData = JSON.parse(values.input) as Record<string, unknown>;
  const standIn = await startHookStandIn();
  const targetUrl = standIn.hookUrl(key);
  const subscribeData = await appTester(operation.performSubscribe, {
    authData,
    inputData,
    targetUrl,
  } as unknown as Bundle);
  console.log(`Subscribed ${targetUrl} to ${key} at ${process.env.RELAY_URL}. Waiting for events (Ctrl+C stops).`);
  const stop = async () => {
    await appTester(operation.performUnsubscribe, {
      authData,
      inputData,
      targetUrl,
      subscribeData,
    } as unknown as Bundle);
    await standIn.close();
    console.log('Unsubscribed.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  for (let seen = 0; ;) {
    const calls = await standIn.waitFor(seen + 1, 24 * 3600_000);
    for (const call of calls.slice(seen)) {
      const rows = await appTester(operation.perform, {
        authData,
        inputData,
        cleanedRequest: call.body,
      } as unknown as Bundle);
      console.log(JSON.stringify({ delivery: call.deliveryId, rows }));
    }
    seen = calls.length;
  }
};

main().catch((error: Error) => {
  console.error(`Could not watch the hook: ${error.message}`);
  process.exit(1);
});
