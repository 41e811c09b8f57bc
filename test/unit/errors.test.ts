import { ACCESS_TOKEN, expectCall, failureOf, run } from '../helpers';

const C = 'seD4PfOuKoVMLkEZqohJ';

describe('GHL errors become messages a person can act on', () => {
  it('400 keeps GHL’s message and says to check the fields', async () => {
    expectCall('PUT', `/contacts/${C}`, 400, { statusCode: 400, message: ['email must be an email'] });
    expect((await failureOf(run('creates', 'update_contact', { contactId: C, city: 'Durban' }))).message).toMatch(
      /check the mapped fields.*HighLevel said: "email must be an email" \(HTTP 400\)/,
    );
  });

  it('never repeats the access token, even when GHL echoes it', async () => {
    expectCall('PUT', `/contacts/${C}`, 400, { message: `token ${ACCESS_TOKEN} is not allowed to change this field` });
    const { message } = await failureOf(run('creates', 'update_contact', { contactId: C, city: 'Durban' }));
    expect(message).toContain('"token [redacted] is not allowed to change this field"');
  });

  it('a refused booking time is explained, pointing to Find Free Slots', async () => {
    expectCall('POST', '/calendars/events/appointments', 400, {
      statusCode: 400,
      message: 'The slot you have selected is no longer available.',
    });
    const { message } = await failureOf(
      run('creates', 'create_appointment', {
        calendarId: 'cal1',
        contactId: C,
        startTime: '2026-12-01T09:30:00+02:00',
      }),
    );
    expect(message).toMatch(
      /can't be booked.*Find Free Slots.*Book Even If Not Free.*"The slot you have selected is no longer available\." \(HTTP 400\)/,
    );
  });

  it('404 says how to get a valid ID', async () => {
    expectCall('GET', `/contacts/${C}/tasks/nope`, 404, { message: 'Task not found' });
    expect((await failureOf(run('triggers', 'get_contact_task', { contactId: C, taskId: 'nope' }))).message).toMatch(
      /could not find this record.*Find step.*"Task not found" \(HTTP 404\)/,
    );
  });

  it('422 keeps GHL’s message', async () => {
    expectCall('POST', `/contacts/${C}/notes`, 422, { message: 'body should not be empty' });
    expect((await failureOf(run('creates', 'create_contact_note', { contactId: C, body: 'x' }))).message).toMatch(
      /"body should not be empty" \(HTTP 422\)/,
    );
  });

  it('a duplicate contact points to Upsert Contact and Find or Create Contact, naming the existing contact', async () => {
    expectCall('POST', '/contacts/', 400, {
      statusCode: 400,
      message: 'This location does not allow duplicated contacts.',
      meta: { contactId: 'existing123', matchingField: 'email' },
    });
    expect((await failureOf(run('creates', 'create_contact', { email: 'thandi@example.com' }))).message).toMatch(
      /already exists in HighLevel \(existing contact ID existing123\): use Upsert Contact or Find or Create Contact/,
    );
  });

  it('429 becomes ThrottledError with the delay GHL asks for', async () => {
    expectCall('POST', '/contacts/search', 429, { message: 'Too many requests' }, { 'Retry-After': '7' });
    const error = await failureOf(run('triggers', 'new_contact', {}));
    expect(error).toMatchObject({ name: 'ThrottledError', delay: 7, message: expect.stringMatching(/rate limit/) });
  });

  it('429 without Retry-After waits for the rate-limit window GHL reports', async () => {
    expectCall('GET', `/contacts/${C}`, 429, {}, { 'X-RateLimit-Interval-Milliseconds': '10000' });
    expect(await failureOf(run('triggers', 'get_contact', { contactId: C }))).toMatchObject({
      name: 'ThrottledError',
      delay: 10,
    });
  });

  it('a 429 with the daily quota spent waits long and says the daily limit is spent', async () => {
    expectCall(
      'POST',
      '/contacts/search',
      429,
      { message: 'Too many requests' },
      {
        'Retry-After': '10',
        'X-RateLimit-Daily-Remaining': '0',
        'X-RateLimit-Limit-Daily': '200000',
        'X-RateLimit-Remaining': '57',
        'X-RateLimit-Daily-Reset': '7200000',
      },
    );
    const error = await failureOf(run('triggers', 'new_contact', {}));
    expect(error).toMatchObject({
      name: 'ThrottledError',
      message: expect.stringMatching(/daily limit for this app on this location \(200000 requests a day\) is spent/),
    });
    // Until GHL says the quota is back: two hours here.
    expect(error.delay).toBe(7200);
    expect(error.message).not.toMatch(/10 seconds/);
  });

  it('"No conversation provider found" right after a send is a wait and a retry, not a reconnect', async () => {
    expectCall('POST', '/conversations/messages', 403, { statusCode: 403, message: 'No conversation provider found' });
    const error = await failureOf(run('creates', 'send_message', { contactId: C, type: 'SMS', message: 'Hi' }));
    expect(error).toMatchObject({
      name: 'ThrottledError',
      delay: 10,
      message: expect.stringMatching(/Zapier will try again in a few seconds/),
    });
    expect(error.message).not.toMatch(/reconnect/i);
  });

  it('a 5xx on a read asks Zapier to retry', async () => {
    expectCall('GET', `/contacts/${C}/notes`, 503, { message: 'Service Unavailable' });
    const error = await failureOf(run('triggers', 'get_contact_notes', { contactId: C }));
    expect(error.name).toBe('ThrottledError');
    expect(error.message).toMatch(/temporary problem \(HTTP 503\): Zapier will try again/);
  });

  it('a 5xx on a write is not retried blindly', async () => {
    expectCall('POST', `/contacts/${C}/tasks`, 502, 'Bad Gateway');
    const error = await failureOf(
      run('creates', 'create_contact_task', { contactId: C, title: 'x', dueDate: '2026-11-23' }),
    );
    expect(error.name).not.toBe('ThrottledError');
    expect(error.message).toMatch(/temporary problem \(HTTP 502\): check in HighLevel whether the change was made/);
  });

  it('401 becomes RefreshAuthError so Zapier refreshes the token', async () => {
    expectCall('GET', `/contacts/${C}`, 401, { message: 'Invalid JWT' });
    expect((await failureOf(run('triggers', 'get_contact', { contactId: C }))).name).toBe('RefreshAuthError');
  });

  it('a search turns a 404 into "no results", not an error', async () => {
    expectCall('GET', `/contacts/${C}`, 404, { message: 'Contact not found' });
    await expect(run('searches', 'find_contact', { contactId: C })).resolves.toEqual([]);
  });

  it('a search with no duplicate returns []', async () => {
    expectCall('GET', '/contacts/search/duplicate', 200, { contact: null });
    await expect(run('searches', 'find_contact', { phone: '+27825550143' })).resolves.toEqual([]);
  });

  it('a search still reports other errors', async () => {
    expectCall('GET', '/contacts/search/duplicate', 400, { message: 'locationId is invalid' });
    expect((await failureOf(run('searches', 'find_contact', { email: 'a@b.co' }))).message).toMatch(
      /"locationId is invalid" \(HTTP 400\)/,
    );
  });
});
