import type { Bundle } from 'zapier-platform-core';
import App from '../index';
import { generateKeyPairSync } from 'node:crypto';
import { connectedSandbox } from '../connect/connectedSandbox';
import { startHookStandIn } from '../connect/hookStandIn';
import { startLocalRelay } from '../connect/localRelay';
import { quietSqliteNotice } from '../relay/sqliteNotice';

/**
 * `npm start`: a Zap run end to end against the local sandbox, through zapier-platform-core:
 * SMS lead -> Find or Create Contact -> Add Tags -> Create Task -> Create Note -> triggers poll;
 * and an instant trigger: the sandbox's signed webhook, through the relay, to a stand-in for
 * Zapier's hook host, turned into the trigger's row by the app.
 */
const smsLead = {
  gateway: 'WinSMS',
  from: '+27 82 555 0143',
  message: 'Hi, this is Thandi Mokoena. How much is teeth whitening?',
  receivedAt: new Date().toISOString(),
};

const say = (step: string, detail: unknown) => console.log(`\n▶ ${step}\n${JSON.stringify(detail, null, 2)}`);

const main = async () => {
  quietSqliteNotice();
  const ghl = generateKeyPairSync('ed25519');
  const hooks = await startHookStandIn();
  const relay = await startLocalRelay({ allowedHookHosts: [hooks.url], ghlSigningKey: ghl.privateKey });
  const {
    sandbox,
    appTester,
    authData,
    run: step,
    stop,
  } = await connectedSandbox({
    webhookUrl: `${relay.url}/webhooks/ghl`,
    webhookSigningKey: ghl.privateKey,
  });
  process.env.RELAY_URL = relay.url;
  process.env.RELAY_SECRET = relay.secret;
  const instant = App.triggers.new_inbound_message!.operation as unknown as Record<string, never>;
  try {
    console.log(`HighLevel sandbox on ${sandbox.url} (local, no account needed)`);
    const label = await appTester(
      App.authentication!.connectionLabel as never,
      {
        authData,
        inputData: await appTester(App.authentication!.test as never, { authData, inputData: {} } as unknown as Bundle),
      } as unknown as Bundle,
    );
    say('Connected HighLevel account', { connection: label, locationId: authData.locationId });

    // Seed the New Contact trigger's dedupe, as Zapier does when a Zap is turned on.
    await step('triggers', 'new_contact', {}, { isPopulatingDedupe: true });

    const subscription = await appTester(instant.performSubscribe, {
      authData,
      inputData: { channel: 'SMS' },
      targetUrl: hooks.hookUrl('instant-sms-zap'),
    } as unknown as Bundle);
    say('0. A Zap turned on with the instant trigger Inbound Message Received (SMS): subscribed at the relay', {
      relay: relay.url,
      subscription,
    });

    say(`1. SMS received by ${smsLead.gateway}`, smsLead);

    const found = (await step('searches', 'find_contact', { phone: smsLead.from })) as Array<{ id: string }>;
    const contact =
      found[0] ??
      (await step('creates', 'create_contact', {
        phone: smsLead.from,
        firstName: 'Thandi',
        lastName: 'Mokoena',
        source: 'SMS (WinSMS)',
      }));
    say(`2. Find or Create Contact: ${found.length ? 'found' : 'created'}`, contact);

    const logged = (await step('creates', 'add_inbound_message', {
      contactId: contact.id,
      message: smsLead.message,
      date: smsLead.receivedAt,
    })) as { conversationId: string };
    say("2b. Log Inbound SMS into the contact's conversation", logged);
    say(
      '2c. Find Conversation Messages: the SMS is in it',
      await step('searches', 'find_conversation_messages', { conversationId: logged.conversationId }),
    );

    await sandbox.webhooks!.settled();
    const [delivered] = await hooks.waitFor(1);
    say(
      "2d. Instant trigger: GHL's InboundMessage webhook, relayed to the Zap's hook URL, as the trigger's row",
      await appTester(instant.perform, {
        authData,
        inputData: { channel: 'SMS' },
        cleanedRequest: delivered!.body,
      } as unknown as Bundle),
    );

    say(
      '3. Add Tags to Contact',
      await step('creates', 'add_contact_tags', { contactId: contact.id, tags: 'sms-lead, winter-promo' }),
    );

    const due = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    say(
      '4. Create Contact Task',
      await step('creates', 'create_contact_task', {
        contactId: contact.id,
        title: 'Reply to SMS about whitening',
        dueDate: due,
      }),
    );

    say(
      '5. Create Contact Note',
      await step('creates', 'create_contact_note', {
        contactId: contact.id,
        title: 'Inbound SMS',
        body: smsLead.message,
      }),
    );

    const newContacts = (await step('triggers', 'new_contact', {})) as Array<{ id: string; name?: string }>;
    say(
      '6. New Contact trigger polled: newest first',
      newContacts.map((c) => ({ id: c.id, name: c.name })),
    );
    const tasks = await step('triggers', 'get_contact_tasks', { contactId: contact.id });
    say('7. New Task for Contact trigger polled', tasks);

    const served = Object.fromEntries(sandbox.counts);
    say('Requests the sandbox served, per route', served);
  } finally {
    await stop();
    await relay.close();
    await hooks.close();
  }
};

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`Demo failed: ${error.message}`);
    process.exit(1);
  },
);
