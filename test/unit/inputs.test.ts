import nock from 'nock';
import { expectCall, failureOf, run } from '../helpers';

const C = 'seD4PfOuKoVMLkEZqohJ';

/** Bad input fails before any request: nock answers nothing, so any request would fail the test differently. */
describe('invalid input is refused before anything is sent', () => {
  const refused = async (
    kind: 'triggers' | 'searches' | 'creates',
    key: string,
    input: Record<string, unknown>,
    message: RegExp,
  ) => {
    const error = await failureOf(run(kind, key, input));
    expect(error).toMatchObject({ code: 'InvalidInput', message: expect.stringMatching(message) });
    expect(nock.isDone()).toBe(true);
  };

  it('names a malformed email', () =>
    refused(
      'creates',
      'create_contact',
      { email: 'thandi@', firstName: 'T' },
      /"Email" must be a valid email address/,
    ));

  it('names a missing required ID', () =>
    refused('creates', 'create_contact_task', { title: 'x', dueDate: '2026-11-23' }, /"Contact" is required/));

  it('names every field to fix at once', () =>
    refused(
      'creates',
      'create_contact_task',
      { contactId: C, title: '', dueDate: 'next blue moon' },
      /"Title" is required.*"Due Date" could not read "next blue moon" as a date/,
    ));

  it('refuses an ID that would escape its path', () =>
    refused('creates', 'delete_contact', { contactId: '../locations/x' }, /"Contact" must be a HighLevel ID/));

  it('refuses a phone without enough digits', () =>
    refused(
      'searches',
      'find_contact',
      { phone: '12-34' },
      /"Phone" is too short to be a phone number: "12-34" has 4 digits/,
    ));

  it('asks for email or phone when Find Contact has neither', () =>
    refused(
      'searches',
      'find_contact',
      { email: ' ', phone: '' },
      /fill in "Email" or "Phone" or "Contact ID" to search by/,
    ));

  it('refuses blocked time on a calendar and a team member at once, as GHL would', () =>
    refused(
      'creates',
      'create_block_slot',
      { calendarId: 'cal1', assignedUserId: 'u1', startTime: '2026-12-01T12:00:00Z' },
      /fill in "Calendar" or "Team Member", not both/,
    ));

  it('refuses blocked time on nobody', () =>
    refused(
      'creates',
      'create_block_slot',
      { startTime: '2026-12-01T12:00:00Z' },
      /fill in "Calendar" or "Team Member" to say whose time to block/,
    ));

  it('refuses an update with nothing to change', () =>
    refused(
      'creates',
      'update_contact',
      { contactId: C, firstName: '', email: null },
      /fill in at least one field to change/,
    ));

  it('refuses an unknown choice', () =>
    refused(
      'creates',
      'bulk_update_contact_tags',
      { type: 'toggle', contacts: 'a', tags: 'b' },
      /"Action" must be one of: add, remove/,
    ));

  it('refuses a non-boolean', () =>
    refused(
      'creates',
      'create_contact_note',
      { contactId: C, body: 'x', pinned: 'maybe' },
      /"Pinned" must be true or false/,
    ));
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

describe('appointment times and amounts', () => {
  const { readAppointmentTime, wallTimeIn } = jest.requireActual(
    '../../src/operations/zonedTime',
  ) as typeof import('../../src/operations/zonedTime');
  it.each([
    ['2026-12-01 09:30', 'Africa/Johannesburg', '2026-12-01T09:30:00+02:00'],
    ['12/01/2026 9:30am', 'America/New_York', '2026-12-01T09:30:00-05:00'],
    ['2026-07-01 09:30', 'America/New_York', '2026-07-01T09:30:00-04:00'],
    ['2026-03-29 02:30', 'Europe/London', '2026-03-29T02:30:00+01:00'],
    ['2026-12-01 09:30', 'Asia/Kolkata', '2026-12-01T09:30:00+05:30'],
  ])('reads %s without a zone as wall time in %s', (text, zone, expected) => {
    const read = readAppointmentTime(text);
    expect(typeof read === 'object' && wallTimeIn(read, zone)).toBe(expected);
  });

  it('keeps a time that names its offset, and Unix time, as the instant it is', () => {
    expect(readAppointmentTime('2026-12-01T09:30:00+02:00')).toBe('2026-12-01T07:30:00.000Z');
    expect(readAppointmentTime('1796117400000')).toBe(new Date(1796117400000).toISOString());
    expect(readAppointmentTime('not a time')).toBeUndefined();
  });

  it('reads amounts with currency signs, spaces and thousands separators as numbers', () => {
    const { amount } = jest.requireActual(
      '../../src/operations/inputs',
    ) as typeof import('../../src/operations/inputs');
    const value = amount('v', { label: 'Value', helpText: 'x' });
    expect(value.parse.parse('R 3 500.50')).toBe(3500.5);
    expect(value.parse.parse('1,250')).toBe(1250);
    expect(value.parse.parse(99)).toBe(99);
    expect(value.parse.safeParse('lots').success).toBe(false);
  });
});
