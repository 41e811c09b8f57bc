import type { ZObject } from 'zapier-platform-core';
import { newestOfStorageOrderList } from '../../src/operations/storageOrder';

/** A list as GHL pages it with skip/limit, in storage order (oldest first), counting the pages read. */
const storageOrderList = (count: number) => {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `r${i + 1}`,
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  }));
  const reads: number[] = [];
  return {
    rows,
    reads,
    add: () =>
      rows.push({
        id: `r${rows.length + 1}`,
        createdAt: new Date(Date.UTC(2026, 0, 1) + rows.length * 60_000).toISOString(),
      }),
    read: async (offset: number) => {
      reads.push(offset);
      return rows.slice(offset, offset + 100);
    },
  };
};

/** The connection's shared cache, as Zapier's behaves (scope and nx are not what this reader uses). */
const zWithCache = () => {
  const store = new Map<string, unknown>();
  return {
    cache: {
      get: async (key: string) => store.get(key) ?? null,
      set: async (key: string, value: unknown) => (store.set(key, value), true),
      delete: async (key: string) => store.delete(key),
    },
  } as unknown as ZObject;
};

const poll = (z: ZObject, list: ReturnType<typeof storageOrderList>, dateField: string | undefined = 'createdAt') =>
  newestOfStorageOrderList(z, 'list_businesses', 100, dateField, list.read);

describe('lists GHL answers in storage order', () => {
  it('fire for the 10,001st record, with at most 2 requests a poll once the tail is known', async () => {
    const z = zWithCache();
    const list = storageOrderList(10_000);
    const first = await poll(z, list);
    expect(first.map((r) => r.id).slice(0, 2)).toEqual(['r10000', 'r9999']);
    expect(first).toHaveLength(100);
    expect(list.reads.length).toBeLessThanOrEqual(20);

    list.add();
    list.reads.length = 0;
    const second = await poll(z, list);
    expect(second[0]).toMatchObject({ id: 'r10001' });
    expect(list.reads.length).toBeLessThanOrEqual(2);

    list.reads.length = 0;
    await poll(z, list);
    expect(list.reads.length).toBeLessThanOrEqual(2);
  });

  it('read one page of a short list, and of a list GHL answers newest first', async () => {
    const short = storageOrderList(30);
    await expect(poll(zWithCache(), short)).resolves.toHaveLength(30);
    expect(short.reads).toEqual([0]);

    const z = zWithCache();
    const newestFirst = storageOrderList(500);
    newestFirst.rows.reverse();
    const rows = await poll(z, newestFirst);
    expect(rows[0]).toMatchObject({ id: 'r500' });
    newestFirst.reads.length = 0;
    await poll(z, newestFirst);
    expect(newestFirst.reads).toEqual([0]);
  });

  it('take a list with no timestamps to be in storage order', async () => {
    const list = storageOrderList(250);
    for (const row of list.rows) delete (row as Partial<typeof row>).createdAt;
    const rows = await poll(zWithCache(), list, undefined);
    expect(rows[0]).toMatchObject({ id: 'r250' });
  });

  it('find the tail again when records below it were deleted', async () => {
    const z = zWithCache();
    const list = storageOrderList(1_000);
    await poll(z, list);
    list.rows.splice(0, 950);
    const rows = await poll(z, list);
    expect(rows[0]).toMatchObject({ id: 'r1000' });
    expect(rows).toHaveLength(50);
  });
});
