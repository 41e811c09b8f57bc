import App from '../../index';
import { LOCATION_ID, expectCall, run } from '../helpers';

const contact = (id: string, dateAdded: string, dateUpdated = dateAdded) => ({
  id,
  locationId: LOCATION_ID,
  dateAdded,
  dateUpdated,
});

describe('polling triggers', () => {
  it('return newest first even when GHL answers in another order', async () => {
    expectCall('GET', '/contacts/c1/notes', 200, {
      notes: [
        { id: 'old', dateAdded: '2026-01-01T00:00:00Z' },
        { id: 'new', dateAdded: '2026-11-01T00:00:00Z' },
        { id: 'mid', dateAdded: '2026-06-01T00:00:00Z' },
      ],
    });
    const notes = (await run('triggers', 'get_contact_notes', { contactId: 'c1' })) as Array<{ id: string }>;
    expect(notes.map((n) => n.id)).toEqual(['new', 'mid', 'old']);
  });

  it('make exactly one request per poll, asking for one stable page of 100', async () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      contact(`c${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()),
    );
    const call = expectCall('POST', '/contacts/search', 200, { contacts: many, total: 10000 });
    const result = (await run('triggers', 'new_contact', {})) as unknown[];
    expect(call.sent).toHaveLength(1);
    expect(call.sent[0]!.body).toMatchObject({ pageLimit: 100, page: 1 });
    expect(result).toHaveLength(100);
  });

  it('load a sample with the same single first-page request', async () => {
    const call = expectCall('POST', '/contacts/search', 200, { contacts: [contact('c1', '2026-11-01T00:00:00Z')] });
    await run('triggers', 'new_contact', {}, { isLoadingSample: true });
    expect(call.sent).toHaveLength(1);
    expect(call.sent[0]!.body).toMatchObject({ page: 1 });
  });

  it('page through a dynamic dropdown when Zapier asks for more', async () => {
    const search = expectCall('POST', '/contacts/search', 200, { contacts: [] });
    await run('triggers', 'new_contact', {}, { isFillingDynamicDropdown: true, page: 2 });
    expect(search.sent[0]!.body).toMatchObject({ page: 3, pageLimit: 100 });
    const businesses = expectCall('GET', '/businesses/', 200, { businesses: [] });
    await run('triggers', 'list_businesses', {}, { isFillingDynamicDropdown: true, page: 1 });
    expect(businesses.sent[0]!.query).toMatchObject({ skip: '100', limit: '100' });
  });

  it('"get by id" triggers dedupe on the id plus what changes, keeping id the real id', () => {
    const primaryKeys = (key: string) =>
      (App.triggers![key]!.operation.outputFields as Array<{ key: string; primary?: boolean }>)
        .filter((f) => f.primary)
        .map((f) => f.key);
    expect(primaryKeys('get_contact')).toEqual(['id', 'dateUpdated']);
    expect(primaryKeys('updated_contact')).toEqual(['id', 'dateUpdated']);
    expect(primaryKeys('get_contact_task')).toEqual(['id', 'title', 'dueDate', 'completed']);
    expect(primaryKeys('get_contact_note')).toEqual(['id', 'title', 'body', 'pinned']);
    expect(primaryKeys('new_contact')).toEqual([]);
  });
});
