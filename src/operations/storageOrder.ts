import type { ZObject } from 'zapier-platform-core';
import { connectionCache, hashedKey } from '../auth/connectionCache';

type Row = Record<string, unknown>;
type ReadPage = (offset: number) => Promise<Row[]>;

/**
 * Lists GHL pages with `skip`/`offset` and no sort parameter (businesses, blogs, associations,
 * ...) are very likely answered in storage order, oldest first: the first page then holds the
 * oldest records, and a trigger reading it would never fire again once the list passes 100.
 * This reader tells the order from the answer's own timestamps and, for an oldest-first list,
 * keeps in the connection's shared cache where the list's tail was, so a poll reads from there:
 * one request, or two when the tail page has filled up. Only the first poll searches for the
 * tail (galloping, then halving), a few requests more at any size.
 */
interface Tail {
  offset: number;
  newestFirst?: boolean;
}

const KEEP_SECONDS = 30 * 24 * 60 * 60;

const time = (row: Row | undefined, field: string | undefined) =>
  field && row ? Date.parse(String(row[field] ?? '')) : Number.NaN;

/** Newest first only when the answer's own times say so; no times, or one row: storage order. */
const isNewestFirst = (rows: Row[], field: string | undefined) => {
  const [first, last] = [time(rows[0], field), time(rows.at(-1), field)];
  return Number.isFinite(first) && Number.isFinite(last) && first > last;
};

/** Where the list ends, once its first page came back full: the offset of its last `size` rows. */
const findTail = async (read: ReadPage, size: number) => {
  let full = 0;
  let probe = size;
  let page: Row[];
  // Gallop until a page comes back short, then halve the gap to the last full one.
  for (;;) {
    page = await read(probe);
    if (page.length < size) break;
    full = probe;
    probe *= 2;
  }
  let short = probe;
  let shortPage = page;
  while (short - full > size) {
    const middle = full + Math.floor((short - full) / size / 2) * size;
    const rows = await read(middle);
    if (rows.length === size) full = middle;
    else [short, shortPage] = [middle, rows];
  }
  const total = shortPage.length ? short + shortPage.length : full + size;
  return Math.max(0, total - size);
};

export const newestOfStorageOrderList = async (
  z: ZObject,
  listKey: string,
  size: number,
  dateField: string | undefined,
  read: ReadPage,
): Promise<Row[]> => {
  const cache = connectionCache(z);
  const key = hashedKey('ghl-list-tail', listKey);
  const kept = await cache.get<Tail>(key);
  if (kept?.newestFirst) return read(0);
  let start = kept?.offset ?? 0;
  let page = await read(start);
  if (kept && start > 0 && page.length === 0) {
    // Records were deleted below the tail: look for it again.
    start = 0;
    page = await read(0);
  }
  if (!kept || start === 0) {
    if (isNewestFirst(page, dateField)) {
      await cache.set(key, { offset: 0, newestFirst: true } satisfies Tail, KEEP_SECONDS);
      return page;
    }
    if (page.length === size) {
      start = await findTail(read, size);
      page = await read(start);
    }
  }
  const rows = page.length === size ? [...page, ...(await read(start + size))] : page;
  await cache.set(key, { offset: Math.max(0, start + rows.length - size) } satisfies Tail, KEEP_SECONDS);
  return rows.slice(-size).reverse();
};
