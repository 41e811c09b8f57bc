import nock from 'nock';
import { expectCall, failureOf, run } from '../helpers';

const C = 'seD4PfOuKoVMLkEZqohJ';

/** Bad input fails before any request: nock answers nothing, so any request would fail the test differently. */
describe('invalid input is refused before anything is sent', () => {
  const refused = async (kind: 'triggers' | 'searches' | 'creates', key: string, input: Record<string, unknown>, message: RegExp) => {
    const error = await failureOf(run(kind, key, input));
    expect(error).toMatchObject({ code: 'InvalidInput', message: expect.stringMatching(message) });
    expect(nock.isDone()).toBe(true);
  };

  it('names a malformed email', () =>
    refused('creates', 'create_contact', { email: 'thandi@', firstName: 'T' }, /"Email" must be a valid email address/));

  it('names a missing required ID', () => refused('creates', 'create_contact_task', { title: 'x', dueDate: '2026-11-23' }, /"Contact" is required/));

  it('names every field to fix at once', () =>
    refused('creates', 'create_contact_task', { contactId: C, title: '', dueDate: 'next blue moon' }, /"Title" is required.*"Due Date" could not read "next blue moon" as a date/));

  it('refuses an ID that would escape its path', () => refused('creates', 'delete_contact', { contactId: '../locations/x' }, /"Contact" must be a HighLevel ID/));

  it('refuses a phone without enough digits', () => refused('searches', 'find_contact', { number: '12-34' }, /"Phone" must be a phone number/));

  it('asks for email or phone when Find Contact has neither', () => refused('searches', 'find_contact', { email: ' ', number: '' }, /fill in "Email" or "Phone" or "Contact ID" to search by/));

  it('refuses an update with nothing to change', () =>
    refused('creates', 'update_contact', { contactId: C, firstName: '', email: null }, /fill in at least one field to change/));

  it('refuses an unknown choice', () => refused('creates', 'bulk_update_contact_tags', { type: 'toggle', contacts: 'a', tags: 'b' }, /"Action" must be one of: add, remove/));

  it('refuses a non-boolean', () => refused('creates', 'create_contact_note', { contactId: C, body: 'x', pinned: 'maybe' }, /"Pinned" must be true or false/));
});

describe('dates in common forms are sent as GHL expects', () => {
  it.each([
    ['2026-11-23T15:00:00Z', '2026-11-23T15:00:00.000Z'],
    ['2026-11-23T17:00:00+02:00', '2026-11-23T15:00:00.000Z'],
    ['11/23/2026 3:00 pm', '2026-11-23T15:00:00.000Z'],
    ['11/23/2026 3pm', '2026-11-23T15:00:00.000Z'],
    ['2026/11/23', '2026-11-23T00:00:00.000Z'],
    ['1795446000', '2026-11-23T15:00:00.000Z'],
    ['Mon, 23 Nov 2026 15:00:00 GMT', '2026-11-23T15:00:00.000Z'],
  ])('due date %s is sent as %s', async (given, sent) => {
    const call = expectCall('POST', `/contacts/${C}/tasks`, 201, { task: { id: 't' } });
    await run('creates', 'create_contact_task', { contactId: C, title: 'Call', dueDate: given });
    expect((call.sent[0]!.body as { dueDate: string }).dueDate).toBe(sent);
  });

  it('a birthday keeps its calendar day whatever the form', async () => {
    const call = expectCall('POST', '/contacts/upsert', 200, { contact: { id: C } });
    await run('creates', 'upsert_contact', { email: 'a@b.co', dateOfBirth: '1990-09-25T23:30:00-05:00' });
    expect((call.sent[0]!.body as { dateOfBirth: string }).dateOfBirth).toBe('1990-09-25');
  });
});
