import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import { addRecordedCall } from '../../sandbox/routes/conversations';
import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { performFollowingFiles } from '../support/files';
import { eachTestConnected } from './sandboxApp';

/** Logging inbound SMS and sending messages, over real loopback HTTP against the sandbox. */
describe('Conversations against the sandbox', () => {
  const app = eachTestConnected();

  it("logs inbound SMS into the contact's conversation, starting it once, and the triggers see them", async () => {
    const { run, sandbox } = app();
    const contact = await run('creates', 'create_contact', { firstName: 'Thandi', phone: '+27 82 555 0143' });
    const first = await run('creates', 'add_inbound_message', {
      contactId: contact.id,
      message: 'Hi, how much is whitening?',
      date: '2026-11-22 10:00 +02:00',
    });
    const second = await run('creates', 'add_inbound_message', {
      contactId: contact.id,
      message: 'And do you open on Saturdays?',
    });
    expect(second.conversationId).toBe(first.conversationId);
    expect(sandbox.counts.get('POST /conversations/')).toBe(1);
    expect(sandbox.counts.get('POST /conversations/messages/inbound')).toBe(2);

    const [conversation] = await run('triggers', 'search_conversations', { contactId: contact.id });
    expect(conversation).toMatchObject({
      id: first.conversationId,
      lastMessageBody: 'And do you open on Saturdays?',
      unreadCount: 2,
      phone: '+27825550143',
    });
    await expect(run('triggers', 'get_conversation', { conversationId: first.conversationId })).resolves.toEqual([
      expect.objectContaining({ unreadCount: 2 }),
    ]);

    const sent = await run('creates', 'send_message', {
      contactId: contact.id,
      type: 'SMS',
      message: 'Yes, 9 to 1 on Saturdays.',
    });
    expect(sent).toMatchObject({ conversationId: first.conversationId, messageId: expect.any(String) });
    // The row's ID is the message's, so a later step (Find Message) can map it.
    expect(sent.id).toBe(sent.messageId);
    const messages = [...sandbox.locations.get(SANDBOX_LOCATION_ID)!.messages.values()].map((m) => [
      m.direction,
      m.message,
    ]);
    expect(messages).toEqual([
      ['inbound', 'Hi, how much is whitening?'],
      ['inbound', 'And do you open on Saturdays?'],
      ['outbound', 'Yes, 9 to 1 on Saturdays.'],
    ]);
    // The same text again is a new last message: the trigger's dedupe key is the message's time, not its text.
    await run('creates', 'add_inbound_message', {
      contactId: contact.id,
      message: 'Yes',
      date: '2026-11-23T08:00:00Z',
    });
    const [afterFirstYes] = await run('triggers', 'search_conversations', { contactId: contact.id });
    await run('creates', 'add_inbound_message', {
      contactId: contact.id,
      message: 'Yes',
      date: '2026-11-23T09:00:00Z',
    });
    const [afterSecondYes] = await run('triggers', 'search_conversations', { contactId: contact.id });
    expect(afterSecondYes.lastMessageBody).toBe(afterFirstYes.lastMessageBody);
    expect(afterSecondYes.lastMessageDate).toBeGreaterThan(afterFirstYes.lastMessageDate);
  });

  it('explains why a message cannot be sent', async () => {
    const contact = await app().run('creates', 'create_contact', { firstName: 'Sam', email: 'sam@example.com' });
    await expect(
      app().run('creates', 'send_message', { contactId: contact.id, type: 'SMS', message: 'Hi' }),
    ).rejects.toThrow(/no phone number to send an SMS to/);
    await expect(app().run('creates', 'send_message', { contactId: contact.id, type: 'Email' })).rejects.toThrow(
      /fill in .*Message.* or .*Email HTML.* to say what to send/,
    );
  });

  it('reads messages and emails, and records what the gateway reports about delivery', async () => {
    const { run } = app();
    const contact = await run('creates', 'create_contact', {
      firstName: 'Thandi',
      phone: '+27 82 555 0143',
      email: 'thandi@example.com',
    });
    const inbound = await run('creates', 'add_inbound_message', {
      contactId: contact.id,
      message: 'Can I book for Tuesday?',
    });
    const sms = await run('creates', 'send_message', {
      contactId: contact.id,
      type: 'SMS',
      message: 'Tuesday 09:30 is free.',
    });
    const email = await run('creates', 'send_message', {
      contactId: contact.id,
      type: 'Email',
      subject: 'Your booking',
      html: '<p>See you Tuesday</p>',
    });
    const conversationId = inbound.conversationId;

    const messages = await run('triggers', 'get_conversation_messages', { conversationId });
    expect(messages.map((m: { body: string }) => m.body)).toEqual([
      '<p>See you Tuesday</p>',
      'Tuesday 09:30 is free.',
      'Can I book for Tuesday?',
    ]);
    await expect(
      run('triggers', 'get_conversation_messages', { conversationId, type: 'TYPE_SMS' }),
    ).resolves.toHaveLength(2);
    await expect(run('triggers', 'list_conversation_emails', { conversationId })).resolves.toEqual([
      expect.objectContaining({ id: email.emailMessageId }),
    ]);
    await expect(run('triggers', 'get_email', { id: email.emailMessageId })).resolves.toEqual([
      expect.objectContaining({ subject: 'Your booking', to: ['thandi@example.com'], conversationId }),
    ]);

    await run('creates', 'update_message_status', {
      messageId: sms.messageId,
      status: 'failed',
      errorMessage: 'Handset unreachable',
    });
    await expect(run('triggers', 'get_message', { id: sms.messageId })).resolves.toEqual([
      expect.objectContaining({ status: 'failed', body: 'Tuesday 09:30 is free.' }),
    ]);
    await expect(run('creates', 'update_message_status', { messageId: 'nope', status: 'read' })).rejects.toThrow(
      /could not find this record/,
    );

    await expect(run('creates', 'live_chat_agent_typing', { conversationId, visitorId: 'visitor-7' })).resolves.toEqual(
      { conversationId, visitorId: 'visitor-7', success: true },
    );
    await expect(
      run('creates', 'live_chat_agent_typing', { conversationId: 'nope', visitorId: 'visitor-7' }),
    ).rejects.toThrow(/could not find this record/);
  });

  it("gives a call's transcript as text, and its recording and transcript as files fetched only when used", async () => {
    const { run, sandbox, appTester, authData } = app();
    const contact = await run('creates', 'create_contact', { firstName: 'Thandi', phone: '+27 82 555 0143' });
    const state = sandbox.locations.get(SANDBOX_LOCATION_ID)!;
    const call = addRecordedCall(state, String(contact.id), {
      recording: Buffer.from('ID3-fake-mp3'),
      sentences: ['Smile Dental, good morning.', 'Can I book a whitening?'],
    });
    const messageId = String(call.id);

    await expect(run('triggers', 'get_message_transcription', { messageId })).resolves.toEqual([
      expect.objectContaining({ id: messageId, transcript: 'Smile Dental, good morning. Can I book a whitening?' }),
    ]);
    const before = sandbox.counts.get('GET /conversations/messages/{messageId}/locations/{locationId}/recording');
    const [row] = await run('triggers', 'get_message_recording', { messageId });
    expect(row.id).toBe(messageId);
    // One look that the recording is there; the download waits until a later step uses the file.
    expect(sandbox.counts.get('GET /conversations/messages/{messageId}/locations/{locationId}/recording')).toBe(
      (before ?? 0) + 1,
    );
    await expect(run('searches', 'find_message_recording', { messageId })).resolves.toEqual([
      expect.objectContaining({ id: messageId, recording: expect.stringMatching(/^hydrate\|\|\|/) }),
    ]);

    const follow = (key: 'get_message_recording' | 'download_message_transcription', id = messageId) =>
      appTester(
        performFollowingFiles(
          App.triggers![key]!,
          (App.triggers![key]!.operation as { perform: never }).perform,
        ) as never,
        { authData, inputData: { messageId: id } } as unknown as Bundle,
      );
    await expect(follow('get_message_recording')).resolves.toMatchObject({
      stashed: [{ name: `call-recording-${messageId}.mp3`, text: 'ID3-fake-mp3' }],
    });
    const sms = await run('creates', 'add_inbound_message', { contactId: contact.id, message: 'Hi' });
    // An SMS has no recording: the trigger does not fire, the Find step finds nothing.
    await expect(run('triggers', 'get_message_recording', { messageId: sms.messageId })).resolves.toEqual([]);
    await expect(run('searches', 'find_message_recording', { messageId: sms.messageId })).resolves.toEqual([]);
    await expect(run('searches', 'find_message_transcription', { messageId: sms.messageId })).resolves.toEqual([]);
    await expect(follow('get_message_recording', sms.messageId)).resolves.toMatchObject({ rows: [], stashed: [] });
    await expect(follow('download_message_transcription')).resolves.toMatchObject({
      stashed: [
        {
          name: `call-transcription-${messageId}.txt`,
          text: '[0s] Smile Dental, good morning.\n[4s] Can I book a whitening?',
        },
      ],
    });
  });
});
