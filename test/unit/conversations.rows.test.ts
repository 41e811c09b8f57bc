import nock from 'nock';
import type { Bundle, ZObject } from 'zapier-platform-core';
import App from '../../index';
import { downloadMedia } from '../../src/operations/files';
import { filePointer } from '../support/files';
import { appTester, authData, bundleWith, expectCall, failureOf, LOCATION_ID, run } from '../helpers';
import { type ZapierRuntime, startZapierRuntime } from '../support/zapierRuntime';
import { type Row, actedOn, describeRows } from './rowTable';

/** The Conversations rows (Version 2021-04-15): the exact requests each sends and its output. */
const V = '2021-04-15';
const C = 'seD4PfOuKoVMLkEZqohJ';
const conversation = { id: 'cnv1', contactId: C, lastMessageBody: 'Hi' };
const sent = { conversationId: 'cnv1', messageId: 'm1' };

const message = {
  id: 'm1',
  type: 2,
  messageType: 'TYPE_SMS',
  conversationId: 'cnv1',
  contactId: C,
  body: 'Hi',
  direction: 'inbound',
  dateAdded: '2026-11-22T10:00:00.000Z',
};
const older = { ...message, id: 'm0', dateAdded: '2026-11-21T10:00:00.000Z' };
const email = {
  id: 'eml1',
  threadId: 'eml1',
  conversationId: 'cnv1',
  subject: 'Booking',
  body: '<p>Hi</p>',
  status: 'delivered',
};

const rows: Row[] = [
  {
    kind: 'triggers',
    key: 'search_conversations',
    input: { contactId: C },
    method: 'GET',
    path: '/conversations/search',
    query: { locationId: LOCATION_ID, contactId: C, sort: 'desc', sortBy: 'last_message_date', limit: '100' },
    reply: { conversations: [conversation], total: 1 },
    output: [conversation],
    version: V,
  },
  {
    kind: 'triggers',
    key: 'get_conversation',
    input: { conversationId: 'cnv1' },
    method: 'GET',
    path: '/conversations/cnv1',
    query: {},
    reply: conversation,
    output: [conversation],
    version: V,
  },
  {
    kind: 'creates',
    key: 'send_message',
    input: { contactId: C, type: 'SMS', message: 'Yes, we are open', subject: '' },
    method: 'POST',
    path: '/conversations/messages',
    body: { contactId: C, type: 'SMS', subType: 'SMS', status: 'pending', message: 'Yes, we are open' },
    reply: sent,
    // The row's ID is the new message's, not the contact's.
    output: { id: sent.messageId, ...sent },
    version: V,
  },
  {
    kind: 'triggers',
    key: 'get_conversation_messages',
    input: { conversationId: 'cnv1', type: 'TYPE_SMS' },
    method: 'GET',
    path: '/conversations/cnv1/messages',
    query: { type: 'TYPE_SMS', limit: '100' },
    reply: { messages: { lastMessageId: 'm0', nextPage: false, messages: [older, message] } },
    output: [message, older],
    version: V,
  },
  // The conversation picker only feeds the message dropdown: it is never sent.
  {
    kind: 'triggers',
    key: 'get_message',
    input: { conversationId: 'cnv1', id: 'm1' },
    method: 'GET',
    path: '/conversations/messages/m1',
    query: {},
    reply: { message, traceId: 'tr1' },
    output: [message],
    version: V,
  },
  {
    kind: 'triggers',
    key: 'get_email',
    input: { id: 'eml1' },
    method: 'GET',
    path: '/conversations/messages/email/eml1',
    query: {},
    reply: email,
    output: [email],
    version: V,
  },
  {
    kind: 'triggers',
    key: 'list_conversation_emails',
    input: { conversationId: 'cnv1' },
    method: 'GET',
    path: '/conversations/cnv1/messages',
    query: { type: 'TYPE_EMAIL', limit: '100' },
    reply: {
      messages: {
        lastMessageId: 'm1',
        nextPage: false,
        messages: [{ ...message, meta: { email: { messageIds: ['eml1', 'eml2'] } } }],
      },
    },
    output: [
      { id: 'eml1', messageId: 'm1', body: 'Hi', dateAdded: message.dateAdded },
      { id: 'eml2', messageId: 'm1', body: 'Hi', dateAdded: message.dateAdded },
    ],
    version: V,
  },
  {
    kind: 'triggers',
    key: 'get_message_transcription',
    input: { messageId: 'call1' },
    method: 'GET',
    path: `/conversations/locations/${LOCATION_ID}/messages/call1/transcription`,
    query: {},
    reply: [
      {
        mediaChannel: 2,
        sentenceIndex: 1,
        startTime: 3900,
        endTime: 7200,
        transcript: 'I would like a consultation.',
        confidence: 0.9,
      },
      {
        mediaChannel: 1,
        sentenceIndex: 0,
        startTime: 0,
        endTime: 3400,
        transcript: 'Smile Dental, good morning.',
        confidence: 0.95,
      },
    ],
    output: [
      {
        id: 'call1',
        messageId: 'call1',
        transcript: 'Smile Dental, good morning. I would like a consultation.',
        sentences: [expect.objectContaining({ sentenceIndex: 0 }), expect.objectContaining({ sentenceIndex: 1 })],
      },
    ],
    version: V,
  },
  {
    kind: 'creates',
    key: 'update_message_status',
    input: {
      conversationId: 'cnv1',
      messageId: 'm1',
      status: 'failed',
      errorMessage: 'Handset unreachable',
      emailMessageId: '',
    },
    method: 'PUT',
    path: '/conversations/messages/m1/status',
    body: { status: 'failed', error: { code: '1', type: 'saas', message: 'Handset unreachable' } },
    reply: { conversationId: 'cnv1', messageId: 'm1', status: 'failed' },
    output: { conversationId: 'cnv1', messageId: 'm1', status: 'failed' },
    version: V,
  },
  {
    kind: 'creates',
    key: 'update_message_status',
    input: { messageId: 'm1', status: 'delivered', errorMessage: 'ignored unless failed' },
    method: 'PUT',
    path: '/conversations/messages/m1/status',
    body: { status: 'delivered' },
    reply: { conversationId: 'cnv1', messageId: 'm1', status: 'delivered' },
    output: { conversationId: 'cnv1', messageId: 'm1', status: 'delivered' },
    version: V,
  },
  {
    // GHL's own traceId is dropped: nothing a Zap should map.
    kind: 'creates',
    key: 'live_chat_agent_typing',
    input: { conversationId: 'cnv1', visitorId: 'visitor-7', typing: 'no' },
    method: 'POST',
    path: '/conversations/providers/live-chat/typing',
    body: { locationId: LOCATION_ID, conversationId: 'cnv1', visitorId: 'visitor-7', isTyping: 'false' },
    reply: { success: true, traceId: 'f2c1a7d0-trace' },
    output: actedOn({ conversationId: 'cnv1', visitorId: 'visitor-7' }, { success: true }),
    version: V,
  },
];

describeRows(rows);

describe.each([
  [
    'get_message_recording',
    'recording',
    `/conversations/messages/call1/locations/${LOCATION_ID}/recording`,
    'audio/mpeg',
    'call-recording-call1.mp3',
  ],
  [
    'download_message_transcription',
    'transcription',
    `/conversations/locations/${LOCATION_ID}/messages/call1/transcription/download`,
    'text/plain',
    'call-transcription-call1.txt',
  ],
])('triggers.%s', (key, fileKey, path, contentType, fileName) => {
  const RPC = 'https://rpc.zapier.com';
  const UPLOADS = 'https://zapier-files.example.com';
  beforeAll(() => {
    process.env.ZAPIER_DEPLOY_KEY = 'deploy-key-for-tests';
  });
  afterAll(() => {
    delete process.env.ZAPIER_DEPLOY_KEY;
  });

  it('polls with one look at the file, not reading it: one row per call, with a pointer to the file', async () => {
    const look = expectCall('GET', path, 200, 'file-bytes', { 'Content-Type': contentType });
    const [row] = (await run('triggers', key, { conversationId: 'cnv1', messageId: 'call1' })) as Array<
      Record<string, unknown>
    >;
    expect(row).toMatchObject({ id: 'call1', messageId: 'call1', conversationId: 'cnv1' });
    expect(filePointer(row![fileKey])).toEqual({
      type: 'file',
      method: 'hydrators.downloadGhlFile',
      bundle: { path, params: {}, version: V, name: fileName.replace(/\.\w+$/, '') },
    });
    expect(look.sent).toHaveLength(1);
  });

  it('does not fire for a message without one: GHL answers 404, and the poll has no row', async () => {
    expectCall('GET', path, 404, { statusCode: 404, message: 'Recording not found' });
    await expect(run('triggers', key, { conversationId: 'cnv1', messageId: 'call1' })).resolves.toEqual([]);
  });

  it("downloads the file with the connection's token when a step uses it, and stashes it with Zapier under a readable name", async () => {
    expectCall('GET', path, 200, 'file-bytes', { 'Content-Type': contentType });
    const [row] = (await run('triggers', key, { messageId: 'call1' })) as Array<Record<string, unknown>>;
    const download = expectCall('GET', path, 200, 'file-bytes', { 'Content-Type': contentType });
    let uploaded = '';
    nock(RPC)
      .post('/cli')
      .reply(200, (_uri, body) => ({
        id: (typeof body === 'string' ? JSON.parse(body) : body).id,
        result: { url: `${UPLOADS}/`, fields: { key: `cli-platform/${fileName}` } },
      }));
    nock(UPLOADS)
      .post('/')
      .reply(204, (_uri, body) => {
        uploaded = String(body);
        return '';
      });
    const hydrate = App.hydrators!.downloadGhlFile as never;
    const url = await appTester(hydrate, bundleWith(filePointer(row![fileKey]).bundle));
    expect(url).toBe(`${UPLOADS}/cli-platform/${fileName}`);
    expect(download.sent[0]!.headers).toMatchObject({ authorization: 'Bearer access-token-for-tests', version: V });
    expect(uploaded).toContain('file-bytes');
    expect(uploaded).toContain(`filename="${fileName}"`);
  });

  it('refuses a pointer that leads anywhere but HighLevel, so the token never leaves', async () => {
    const hydrate = App.hydrators!.downloadGhlFile as never;
    await expect(
      appTester(hydrate, bundleWith({ path: 'https://evil.example.com/x', version: V, name: 'x' })),
    ).rejects.toThrow(/not a HighLevel download/);
  });
});

describe('creates.add_inbound_message', () => {
  const logged = { success: true, conversationId: 'cnv1', messageId: 'm1', message: 'Hi' };
  const loggedRow = { ...logged, smsDoNotDisturb: 'unchanged' };
  const inbound = {
    type: 'SMS',
    direction: 'inbound',
    conversationProviderId: 'provider-for-tests',
    conversationId: 'cnv1',
    contactId: C,
    message: 'Hi',
    date: '2026-11-22T08:00:00.000Z',
  };

  it("logs the SMS into the contact's existing conversation: one lookup, one write", async () => {
    const lookup = expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    const write = expectCall('POST', '/conversations/messages/inbound', 200, logged);
    await expect(
      run('creates', 'add_inbound_message', { contactId: C, message: 'Hi', date: '2026-11-22 10:00 +02:00' }),
    ).resolves.toEqual(actedOn({ contactId: C, altId: undefined }, loggedRow));
    expect(lookup.sent[0]!.query).toEqual({ locationId: LOCATION_ID, contactId: C, limit: '1' });
    expect(write.sent[0]!.body).toEqual(inbound);
    expect(write.sent[0]!.headers.version).toBe(V);
  });

  it('starts a conversation first when the contact has none', async () => {
    expectCall('GET', '/conversations/search', 200, { conversations: [], total: 0 });
    const start = expectCall('POST', '/conversations/', 201, { success: true, conversation: { id: 'cnv1' } });
    const write = expectCall('POST', '/conversations/messages/inbound', 200, logged);
    await run('creates', 'add_inbound_message', { contactId: C, message: 'Hi', date: '2026-11-22T08:00:00Z' });
    expect(start.sent[0]!.body).toEqual({ locationId: LOCATION_ID, contactId: C });
    expect(write.sent[0]!.body).toEqual(inbound);
  });

  it('says the contact is missing when GHL has no such contact, and sends no message', async () => {
    expectCall('GET', '/conversations/search', 200, { conversations: [], total: 0 });
    expectCall('POST', '/conversations/', 404, { statusCode: 404, message: 'Contact not found' });
    const error = await failureOf(run('creates', 'add_inbound_message', { contactId: C, message: 'Hi' }));
    expect(error).toMatchObject({
      code: 'ContactNotFound',
      message: expect.stringMatching(new RegExp(`HighLevel has no contact ${C} in this location`)),
    });
  });
});

/** An SMS that is only an opt-out or opt-in keyword changes the contact's SMS Do Not Disturb, before it is logged. */
describe('creates.add_inbound_message, STOP and START', () => {
  const logged = { success: true, conversationId: 'cnv1', messageId: 'm1', message: 'STOP' };
  const at = '2026-11-22T08:00:00.000Z';
  const emailOptOut = { status: 'active', message: 'Bounced' };
  const withSettings = { contact: { id: C, dndSettings: { Email: emailOptOut } } };

  const expectLogged = () => ({
    lookup: expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 }),
    write: expectCall('POST', '/conversations/messages/inbound', 200, logged),
  });

  it.each([
    ['STOP', 'active', 'turned on'],
    ['stop.', 'active', 'turned on'],
    ['  Unsubscribe! ', 'active', 'turned on'],
    ['QUIT', 'active', 'turned on'],
    ['start', 'inactive', 'turned off'],
    ['UNSTOP', 'inactive', 'turned off'],
  ])('%j sets SMS DND %s, keeping the other channels, then logs the SMS', async (text, status, outcome) => {
    const read = expectCall('GET', `/contacts/${C}`, 200, withSettings);
    const update = expectCall('PUT', `/contacts/${C}`, 200, { succeded: true, contact: { id: C } });
    const { write } = expectLogged();
    const row = await run('creates', 'add_inbound_message', { contactId: C, message: text, date: at });
    expect(read.sent).toHaveLength(1);
    expect(update.sent[0]!.body).toEqual({
      dndSettings: {
        Email: emailOptOut,
        SMS: { status, message: expect.stringContaining(`"${text.trim()}" by SMS on ${at}`) },
      },
    });
    expect(write.sent[0]!.body).toMatchObject({ message: text.trim() });
    expect(row).toMatchObject({ smsDoNotDisturb: outcome });
  });

  it.each(['Please stop by the shop', 'STOP 12345', 'Stopping by later', 'end of the day?'])(
    '%j is a message, not an opt-out: nothing but the log is sent',
    async (text) => {
      const { write } = expectLogged();
      const row = await run('creates', 'add_inbound_message', { contactId: C, message: text, date: at });
      expect(write.sent).toHaveLength(1);
      expect(row).toMatchObject({ smsDoNotDisturb: 'unchanged' });
      expect(nock.pendingMocks()).toEqual([]);
    },
  );

  it('with Honour STOP Replies off, a STOP is only logged', async () => {
    const { write } = expectLogged();
    const row = await run('creates', 'add_inbound_message', { contactId: C, message: 'STOP', honourOptOut: 'no' });
    expect(write.sent[0]!.body).not.toHaveProperty('honourOptOut');
    expect(row).toMatchObject({ smsDoNotDisturb: 'unchanged' });
  });

  it('when the opt-out cannot be saved, the SMS is not logged either, so the retry does both', async () => {
    expectCall('GET', `/contacts/${C}`, 200, withSettings);
    expectCall('PUT', `/contacts/${C}`, 500, { statusCode: 500, message: 'Internal error' });
    const write = expectCall('POST', '/conversations/messages/inbound', 200, logged);
    await expect(run('creates', 'add_inbound_message', { contactId: C, message: 'STOP' })).rejects.toThrow(/HTTP 500/);
    expect(write.sent).toHaveLength(0);
    nock.cleanAll();
  });
});

describe('creates.send_message to an opted-out contact', () => {
  it("stops the step with Zapier's HaltedError, naming the opt-out, rather than an error that pauses the Zap", async () => {
    expectCall('POST', '/conversations/messages', 400, {
      statusCode: 400,
      message: 'Cannot send message as DND is active for SMS.',
    });
    const error = await failureOf(run('creates', 'send_message', { contactId: C, type: 'SMS', message: 'Hi' }));
    expect(error.name).toBe('HaltedError');
    expect(error.message).toMatch(/the contact opted out of SMS \(Do Not Disturb is on for SMS/);
  });
});

/** Gateways deliver at least once: under Zapier's shared cache (ttl, nx), the same SMS is logged once. */
describe('creates.add_inbound_message, delivered more than once', () => {
  const logged = { success: true, conversationId: 'cnv1', messageId: 'm1', message: 'Hi' };
  const loggedRow = { ...logged, smsDoNotDisturb: 'unchanged' };
  let runtime: ZapierRuntime;
  let zap: ReturnType<ZapierRuntime['connection']>;
  beforeAll(async () => {
    runtime = await startZapierRuntime();
  });
  beforeEach(() => {
    zap = runtime.connection(`conn-${Math.random()}`, authData());
  });
  afterAll(() => runtime.close());
  const run = (kind: 'creates', key: string, input: Record<string, unknown>) => zap.step(kind, key, input);

  it("logs the same gateway message once, sending the gateway's ID as altId", async () => {
    expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    const write = expectCall('POST', '/conversations/messages/inbound', 200, logged);
    const sms = { contactId: C, message: 'Hi', altId: 'winsms-4711' };
    await expect(run('creates', 'add_inbound_message', sms)).resolves.toEqual(
      actedOn({ contactId: C, altId: 'winsms-4711' }, loggedRow),
    );
    await expect(run('creates', 'add_inbound_message', { ...sms, date: '2026-11-22 10:05' })).resolves.toEqual(
      actedOn({ contactId: C, altId: 'winsms-4711' }, loggedRow),
    );
    expect(write.sent).toHaveLength(1);
    expect(write.sent[0]!.body).toMatchObject({ altId: 'winsms-4711' });
  });

  it('without a gateway ID, the same contact, text and time is one message; another time is another', async () => {
    for (let i = 0; i < 2; i += 1)
      expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    const first = expectCall('POST', '/conversations/messages/inbound', 200, logged);
    const second = expectCall('POST', '/conversations/messages/inbound', 200, { ...logged, messageId: 'm2' });
    const sms = { contactId: C, message: 'Yes', date: '2026-11-22T08:00:00Z' };
    await run('creates', 'add_inbound_message', sms);
    await run('creates', 'add_inbound_message', sms);
    await expect(
      run('creates', 'add_inbound_message', { ...sms, date: '2026-11-22T09:00:00Z' }),
    ).resolves.toMatchObject({ messageId: 'm2' });
    expect([first.sent.length, second.sent.length]).toEqual([1, 1]);
  });

  it('a failed attempt is not remembered: the retry logs the SMS', async () => {
    expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    expectCall('POST', '/conversations/messages/inbound', 500, { message: 'boom' });
    expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    const retry = expectCall('POST', '/conversations/messages/inbound', 200, logged);
    const sms = { contactId: C, message: 'Hi', altId: 'winsms-4712' };
    await expect(run('creates', 'add_inbound_message', sms)).rejects.toThrow(/temporary problem/);
    await expect(run('creates', 'add_inbound_message', sms)).resolves.toEqual(
      actedOn({ contactId: C, altId: 'winsms-4712' }, loggedRow),
    );
    expect(retry.sent).toHaveLength(1);
  });
});

/** Send At and From Number: a wall time is the location's own, sent as Unix seconds; the number in E.164. */
describe('creates.send_message, scheduled and from a chosen number', () => {
  const profile = () =>
    expectCall('GET', `/locations/${LOCATION_ID}`, 200, {
      location: { id: LOCATION_ID, timezone: 'Africa/Johannesburg', country: 'ZA' },
    });

  it('sends a time without an offset as the location’s wall time, in seconds, from the chosen number', async () => {
    profile();
    const send = expectCall('POST', '/conversations/messages', 200, sent);
    await run('creates', 'send_message', {
      contactId: C,
      type: 'SMS',
      message: 'Your appointment is tomorrow',
      fromNumber: '021 555 0100',
      scheduledTimestamp: '2030-12-24 09:00',
    });
    expect(send.sent[0]!.body).toEqual({
      contactId: C,
      type: 'SMS',
      subType: 'SMS',
      status: 'pending',
      message: 'Your appointment is tomorrow',
      fromNumber: '+27215550100',
      // 09:00 in Johannesburg (UTC+2) is 07:00 UTC.
      scheduledTimestamp: Date.parse('2030-12-24T07:00:00Z') / 1000,
    });
  });

  it('takes a time with an offset as that instant, with no read of the location', async () => {
    const send = expectCall('POST', '/conversations/messages', 200, sent);
    await run('creates', 'send_message', {
      contactId: C,
      type: 'SMS',
      message: 'Hi',
      scheduledTimestamp: '2030-12-24T09:00:00-05:00',
    });
    expect(send.sent[0]!.body).toMatchObject({ scheduledTimestamp: Date.parse('2030-12-24T14:00:00Z') / 1000 });
  });

  it('refuses a Send At long past before anything is sent, and sends a moment ago now', async () => {
    await expect(
      run('creates', 'send_message', {
        contactId: C,
        type: 'SMS',
        message: 'Hi',
        scheduledTimestamp: '2020-01-01T09:00:00Z',
      }),
    ).rejects.toThrow(/Send At.{0,4} is in the past \(2020-01-01T09:00:00.000Z\)/);
    const send = expectCall('POST', '/conversations/messages', 200, sent);
    const justNow = new Date(Date.now() - 60_000).toISOString();
    await run('creates', 'send_message', { contactId: C, type: 'SMS', message: 'Hi', scheduledTimestamp: justNow });
    expect(send.sent[0]!.body).not.toHaveProperty('scheduledTimestamp');
  });
});

describe('the scheduled-message and sending-number rows', () => {
  it('cancels a scheduled message by its ID', async () => {
    const cancel = expectCall('DELETE', '/conversations/messages/m1/schedule', 200, {
      status: 200,
      message: 'Scheduled message cancelled',
    });
    await expect(run('creates', 'cancel_scheduled_message', { messageId: 'm1' })).resolves.toEqual({
      messageId: 'm1',
      status: 200,
      message: 'Scheduled message cancelled',
    });
    expect(cancel.sent[0]!.headers.version).toBe(V);
  });

  it("lists the location's numbers for the From Number dropdown, each number its own ID", async () => {
    const numbers = [
      { phoneNumber: '+27215550100', friendlyName: 'Front Desk', isDefaultNumber: true },
      { phoneNumber: '+27215550177', friendlyName: null, isDefaultNumber: false },
    ];
    const list = expectCall('GET', `/phone-system/numbers/location/${LOCATION_ID}`, 200, {
      numbers,
      isUnderGhl: true,
      pageSize: 1000,
      page: 0,
      accountStatus: 'active',
    });
    await expect(run('triggers', 'list_phone_numbers', {})).resolves.toEqual([
      { id: '+27215550100', ...numbers[0], label: 'Front Desk (+27215550100), the default' },
      { id: '+27215550177', ...numbers[1], label: '(+27215550177)' },
    ]);
    expect(list.sent[0]!.headers.version).toBe('2021-07-28');
  });
});

/** MMS: the files are downloaded, all checked, uploaded to the contact's conversation in one request, then sent as GHL's links. */
describe('attachments (MMS) on Send SMS and Log Inbound SMS', () => {
  const FILES = 'https://files.example.com';
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  const hosted = (path: string, bytes: Buffer, type: string) =>
    nock(FILES).get(path).reply(200, bytes, { 'Content-Type': type });
  const ghlLink = (name: string) => `https://storage.googleapis.com/msgsndr/${LOCATION_ID}/media/${name}`;
  const expectUpload = (names: string[]) =>
    expectCall('POST', '/conversations/messages/upload', 200, {
      uploadedFiles: Object.fromEntries(names.map((n) => [n, ghlLink(n)])),
    });

  it('sends an MMS: the photo goes to GHL first, and the send carries its link', async () => {
    hosted('/uploads/smile.jpg', jpeg, 'image/jpeg');
    hosted('/x/price-list', Buffer.from('%PDF-1.4'), 'application/pdf');
    expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    const upload = expectUpload(['smile.jpg', 'price-list.pdf']);
    const send = expectCall('POST', '/conversations/messages', 200, sent);
    await run('creates', 'send_message', {
      contactId: C,
      type: 'SMS',
      message: 'Here is your smile',
      attachments: [`${FILES}/uploads/smile.jpg`, `${FILES}/x/price-list`],
    });
    // nock hands a binary body over as hex.
    const form = Buffer.from(String(upload.sent[0]!.body), 'hex').toString('latin1');
    expect(upload.sent[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.sent[0]!.headers.version).toBe(V);
    for (const field of [
      `name="conversationId"\r\n\r\ncnv1`,
      `name="contactId"\r\n\r\n${C}`,
      `name="locationId"\r\n\r\n${LOCATION_ID}`,
    ])
      expect(form).toContain(field);
    expect(form).toContain('name="fileAttachment"; filename="smile.jpg"\r\nContent-Type: image/jpeg');
    // A file without an extension is named by the type its host sent.
    expect(form).toContain('name="fileAttachment"; filename="price-list.pdf"');
    expect(send.sent[0]!.body).toEqual({
      contactId: C,
      type: 'SMS',
      subType: 'SMS',
      status: 'pending',
      message: 'Here is your smile',
      attachments: [ghlLink('smile.jpg'), ghlLink('price-list.pdf')],
    });
  });

  it('sends a photo alone, with no text', async () => {
    hosted('/smile.jpg', jpeg, 'image/jpeg');
    expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    expectUpload(['smile.jpg']);
    const send = expectCall('POST', '/conversations/messages', 200, sent);
    await run('creates', 'send_message', { contactId: C, type: 'SMS', attachments: `${FILES}/smile.jpg` });
    expect(send.sent[0]!.body).toMatchObject({ attachments: [ghlLink('smile.jpg')] });
  });

  it.each([
    [
      'a type GHL does not take',
      '/party.gif',
      Buffer.from('GIF89a'),
      'image/gif',
      /"party.gif" \(image\/gif\) is not a type HighLevel sends: use JPG, JPEG, PNG/,
    ],
    [
      'a file over 5 MB',
      '/big.mp4',
      Buffer.alloc(5 * 1024 * 1024 + 1),
      'video/mp4',
      /"big.mp4" is 5.0 MB: a message's files may be 5 MB at most/,
    ],
  ])('refuses %s, naming the file, before anything is uploaded or sent', async (_what, path, bytes, type, message) => {
    hosted(path, bytes, type);
    expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    const upload = expectUpload([]);
    const send = expectCall('POST', '/conversations/messages', 200, sent);
    const error = await failureOf(
      run('creates', 'send_message', { contactId: C, type: 'SMS', message: 'x', attachments: [`${FILES}${path}`] }),
    );
    expect(error.message).toMatch(/^Please fix the step's fields: "Attachments" /);
    expect(error.message).toMatch(message);
    expect(upload.sent).toHaveLength(0);
    expect(send.sent).toHaveLength(0);
    nock.cleanAll();
  });

  it('refuses a value that is no file or link before anything is fetched', async () => {
    await expect(
      run('creates', 'send_message', { contactId: C, type: 'SMS', message: 'x', attachments: ['smile.jpg'] }),
    ).rejects.toThrow(/Attachments.{0,4} must be a file or a link to one/);
  });

  it("logs an inbound MMS with the gateway's media, uploaded to the conversation", async () => {
    hosted('/mms/4711.png', Buffer.from('\x89PNG'), 'image/png');
    expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    expectUpload(['4711.png']);
    const write = expectCall('POST', '/conversations/messages/inbound', 200, {
      success: true,
      conversationId: 'cnv1',
      messageId: 'm1',
    });
    await run('creates', 'add_inbound_message', {
      contactId: C,
      message: 'My tooth',
      date: '2026-11-22T08:00:00Z',
      attachments: [`${FILES}/mms/4711.png`],
    });
    expect(write.sent[0]!.body).toMatchObject({ message: 'My tooth', attachments: [ghlLink('4711.png')] });
  });

  it("hands a message's attachments on as files, fetched only when a later step uses them", async () => {
    const photo = ghlLink('smile.jpg');
    expectCall('GET', '/conversations/messages/m1', 200, { message: { ...message, attachments: [photo] } });
    const [row] = (await run('triggers', 'get_message', { id: 'm1' })) as Array<Record<string, unknown>>;
    expect(row!.attachments).toEqual([photo]);
    const [pointer] = row!.attachmentFiles as string[];
    expect(filePointer(pointer)).toEqual({
      method: 'hydrators.downloadMedia',
      bundle: { url: photo, name: 'smile.jpg' },
      type: 'file',
    });
  });

  it('the hydrator streams the file from its link into Zapier, with no HighLevel token', async () => {
    const photo = ghlLink('smile.jpg');
    let authorization: unknown = 'not asked';
    nock('https://storage.googleapis.com')
      .get(`/msgsndr/${LOCATION_ID}/media/smile.jpg`)
      .reply(function () {
        authorization = this.req.headers.authorization;
        return [200, jpeg, { 'Content-Type': 'image/jpeg' }];
      });
    const stashed: Array<{ name?: string; bytes: Buffer }> = [];
    const hydrate = async (z: ZObject, bundle: Bundle) => {
      Object.assign(z, {
        stashFile: async (download: unknown, _length?: number, name?: string) => {
          stashed.push({ name, bytes: await ((await download) as { buffer: () => Promise<Buffer> }).buffer() });
          return `stashed:${name}`;
        },
      });
      return downloadMedia(z, bundle);
    };
    await expect(appTester(hydrate as never, bundleWith({ url: photo, name: 'smile.jpg' }))).resolves.toBe(
      'stashed:smile.jpg',
    );
    expect(stashed).toEqual([{ name: 'smile.jpg', bytes: jpeg }]);
    expect(authorization).toBeUndefined();
  });
});
