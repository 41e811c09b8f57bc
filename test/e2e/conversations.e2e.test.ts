import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { connectedApp } from './sandboxApp';

/** Logging inbound SMS and sending messages, over real loopback HTTP against the sandbox. */
describe('Conversations against the sandbox', () => {
  let app: Awaited<ReturnType<typeof connectedApp>>;
  beforeEach(async () => {
    app = await connectedApp();
  });
  afterEach(() => app.stop());

  it("logs inbound SMS into the contact's conversation, starting it once, and the triggers see them", async () => {
    const { run, sandbox } = app;
    const contact = await run('creates', 'create_contact', { firstName: 'Thandi', phone: '+27 82 555 0143' });
    const first = await run('creates', 'add_inbound_message', { contactId: contact.id, message: 'Hi, how much is whitening?', date: '2026-11-22 10:00 +02:00' });
    const second = await run('creates', 'add_inbound_message', { contactId: contact.id, message: 'And do you open on Saturdays?' });
    expect(second.conversationId).toBe(first.conversationId);
    expect(sandbox.counts.get('POST /conversations/')).toBe(1);
    expect(sandbox.counts.get('POST /conversations/messages/inbound')).toBe(2);

    const [conversation] = await run('triggers', 'search_conversations', { contactId: contact.id });
    expect(conversation).toMatchObject({ id: first.conversationId, lastMessageBody: 'And do you open on Saturdays?', unreadCount: 2, phone: '+27825550143' });
    await expect(run('triggers', 'get_conversation', { conversationId: first.conversationId })).resolves.toEqual([expect.objectContaining({ unreadCount: 2 })]);

    const sent = await run('creates', 'send_message', { contactId: contact.id, type: 'SMS', message: 'Yes, 9 to 1 on Saturdays.' });
    expect(sent).toMatchObject({ conversationId: first.conversationId, status: 'pending' });
    const messages = [...sandbox.locations.get(SANDBOX_LOCATION_ID)!.messages.values()].map((m) => [m.direction, m.message]);
    expect(messages).toEqual([
      ['inbound', 'Hi, how much is whitening?'],
      ['inbound', 'And do you open on Saturdays?'],
      ['outbound', 'Yes, 9 to 1 on Saturdays.'],
    ]);
  });

  it('explains why a message cannot be sent', async () => {
    const contact = await app.run('creates', 'create_contact', { firstName: 'Sam', email: 'sam@example.com' });
    await expect(app.run('creates', 'send_message', { contactId: contact.id, type: 'SMS', message: 'Hi' })).rejects.toThrow(/no phone number to send an SMS to/);
    await expect(app.run('creates', 'send_message', { contactId: contact.id, type: 'Email' })).rejects.toThrow(/fill in .*Message.* or .*Email HTML.* to say what to send/);
  });
});
