import { expectCall, LOCATION_ID, run } from '../helpers';
import { type Row, describeRows } from './rowTable';

/** The Conversations rows (Version 2021-04-15): the exact requests each sends and its output. */
const V = '2021-04-15';
const C = 'seD4PfOuKoVMLkEZqohJ';
const conversation = { id: 'cnv1', contactId: C, lastMessageBody: 'Hi' };
const sent = { conversationId: 'cnv1', messageId: 'm1', status: 'pending' };

const rows: Row[] = [
  {
    kind: 'triggers', key: 'search_conversations', input: { contactId: C }, method: 'GET', path: '/conversations/search',
    query: { locationId: LOCATION_ID, contactId: C, sort: 'desc', sortBy: 'last_message_date', limit: '100' }, reply: { conversations: [conversation], total: 1 }, output: [conversation], version: V,
  },
  { kind: 'triggers', key: 'get_conversation', input: { conversationId: 'cnv1' }, method: 'GET', path: '/conversations/cnv1', query: {}, reply: conversation, output: [conversation], version: V },
  {
    kind: 'creates', key: 'send_message', input: { contactId: C, type: 'SMS', message: 'Yes, we are open', subject: '' }, method: 'POST', path: '/conversations/messages',
    body: { contactId: C, type: 'SMS', subType: 'SMS', status: 'pending', message: 'Yes, we are open' }, reply: sent, output: sent, version: V,
  },
];

describeRows(rows);

describe('creates.add_inbound_message', () => {
  const logged = { success: true, conversationId: 'cnv1', messageId: 'm1', message: 'Hi' };
  const inbound = { type: 'SMS', direction: 'inbound', conversationProviderId: 'provider-for-tests', conversationId: 'cnv1', contactId: C, message: 'Hi', date: '2026-11-22T08:00:00.000Z' };

  it("logs the SMS into the contact's existing conversation: one lookup, one write", async () => {
    const lookup = expectCall('GET', '/conversations/search', 200, { conversations: [conversation], total: 1 });
    const write = expectCall('POST', '/conversations/messages/inbound', 200, logged);
    await expect(run('creates', 'add_inbound_message', { contactId: C, message: 'Hi', date: '2026-11-22 10:00 +02:00' })).resolves.toEqual(logged);
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
});
