import { COMPANY_ID, LOCATION_ID, expectCall, run } from '../helpers';
import { type Row, actedOn, describeRows } from './rowTable';

/** The Users rows: the exact request each sends and its output. */
const user = { id: 'u1', name: 'Lerato Khumalo', email: 'lerato@example.com' };

const rows: Row[] = [
  {
    kind: 'triggers',
    key: 'filter_users_by_email',
    input: { emails: 'lerato@example.com' },
    method: 'POST',
    path: '/users/search/filter-by-email',
    body: { emails: 'lerato@example.com', companyId: COMPANY_ID },
    reply: { users: [user], count: 1 },
    output: [user],
  },
  {
    kind: 'triggers',
    key: 'get_user',
    input: { userId: 'u1' },
    method: 'GET',
    path: '/users/u1',
    query: {},
    reply: user,
    output: [user],
  },
  {
    kind: 'triggers',
    key: 'list_users_by_location',
    input: {},
    method: 'GET',
    path: '/users/',
    query: { locationId: LOCATION_ID },
    reply: { users: [user] },
    output: [user],
  },
  {
    kind: 'creates',
    key: 'update_user',
    input: { userId: 'u1', role: 'admin', email: '' },
    method: 'PUT',
    path: '/users/u1',
    body: { role: 'admin' },
    reply: user,
    output: user,
  },
  {
    kind: 'creates',
    key: 'delete_user',
    input: { userId: 'u1' },
    method: 'DELETE',
    path: '/users/u1',
    query: {},
    reply: { succeded: true },
    output: actedOn({ userId: 'u1' }, { succeded: true }),
  },
  {
    kind: 'triggers',
    key: 'search_users',
    input: {},
    method: 'GET',
    path: '/users/search',
    query: {
      companyId: COMPANY_ID,
      locationId: LOCATION_ID,
      sort: 'dateAdded',
      sortDirection: 'desc',
      limit: '100',
      skip: '0',
    },
    reply: { users: [{ id: 'u1', name: 'Sipho' }], count: 1 },
    output: [{ id: 'u1', name: 'Sipho' }],
  },
];

describeRows(rows);

describe('creates.create_user', () => {
  it('adds the user to the connected location with a long random password nobody sees', async () => {
    const call = expectCall('POST', '/users/', 201, user);
    await run('creates', 'create_user', {
      firstName: 'Lerato',
      lastName: 'Khumalo',
      email: 'Lerato@Example.com',
      role: 'user',
    });
    const body = call.sent[0]!.body as Record<string, unknown>;
    expect(body).toMatchObject({
      firstName: 'Lerato',
      lastName: 'Khumalo',
      email: 'lerato@example.com',
      role: 'user',
      type: 'account',
      companyId: COMPANY_ID,
      locationIds: [LOCATION_ID],
    });
    expect(String(body.password)).toMatch(/^.{24,}$/);
  });
});
