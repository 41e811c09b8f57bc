import type { AppOperation } from '../test/support/appOperations';
import { inputsWithRecords } from '../test/support/recordInputs';
import type { Json, LocationState } from '../sandbox/store';

/**
 * The list triggers GHL answers in storage order, each with 10,000 records in it: the first poll
 * (which looks for the list's end), then a poll after one more record is added. The 10,001st must
 * come first, so Zapier fires for it, with at most two requests.
 */
export const STORAGE_ORDER_CROWD = 10_000;

type Collection = Json[] | Map<string, Json>;

/** Where each list's records live in the sandbox, and the create that makes a first one when none is seeded. */
const LISTS: Record<
  string,
  { of: (s: LocationState) => Collection; create?: string; keep?: (record: Json) => boolean }
> = {
  list_businesses: { of: (s) => s.businesses },
  get_contacts_by_business: { of: (s) => s.contacts, keep: (record) => Boolean(record.businessId) },
  get_blogs: { of: (s) => s.blogs },
  get_blog_posts: { of: (s) => s.blogPosts, create: 'create_blog_post' },
  get_blog_authors: { of: (s) => s.blogAuthors },
  get_blog_categories: { of: (s) => s.blogCategories },
  find_associations: { of: (s) => s.associations },
  get_relations_by_record: { of: (s) => s.relations, create: 'create_relation' },
};

const DATE_KEYS = ['createdAt', 'dateAdded', 'updatedAt', 'dateUpdated', 'publishedAt'];

/** A copy of a record with its own ID (and key, slug), added i minutes after it. */
const clone = (template: Json, i: number): Json => {
  const since =
    DATE_KEYS.map((key) => Date.parse(String(template[key] ?? ''))).find(Number.isFinite) ?? Date.UTC(2026, 0, 1);
  const at = new Date(since + i * 60_000).toISOString();
  const copy: Json = { ...template };
  for (const key of ['id', '_id'])
    if (key in copy) copy[key] = `${String(copy[key]).slice(0, 6)}${String(i).padStart(14, '0')}`;
  for (const key of ['key', 'urlSlug']) if (typeof copy[key] === 'string') copy[key] = `${copy[key]}_${i}`;
  for (const key of DATE_KEYS) if (key in copy) copy[key] = at;
  return copy;
};

const put = (collection: Collection, record: Json) => {
  if (Array.isArray(collection)) collection.push(record);
  else collection.set(String(record.id ?? record._id), record);
};

const records = (collection: Collection) => (Array.isArray(collection) ? collection : [...collection.values()]);

export interface ListRun {
  key: string;
  firstPoll: number;
  nextPoll: number;
  fired: boolean;
}

/** Runs each list trigger over 10,000 records of its kind; `poll` runs the trigger and counts its requests. */
export const storageOrderRuns = async (
  ops: AppOperation[],
  state: LocationState,
  ids: Parameters<typeof inputsWithRecords>[1],
  run: (op: AppOperation, input: Record<string, unknown>) => Promise<unknown>,
  poll: (op: AppOperation) => Promise<{ rows: Array<Record<string, unknown>>; requests: number }>,
): Promise<ListRun[]> => {
  const results: ListRun[] = [];
  for (const op of ops.filter((o) => o.kind === 'triggers' && (o.spec as { storageOrder?: true }).storageOrder)) {
    const list = LISTS[op.key];
    if (!list) throw new Error(`No bench records for the storage-order list ${op.key}`);
    const collection = list.of(state);
    if (list.create)
      await run(
        ops.find((o) => o.key === list.create)!,
        inputsWithRecords(ops.find((o) => o.key === list.create)!.spec, ids),
      );
    const template = records(collection)
      .filter(list.keep ?? (() => true))
      .at(-1);
    if (!template) throw new Error(`No ${op.key} record to copy`);
    for (let i = records(collection).length; i < STORAGE_ORDER_CROWD; i += 1) put(collection, clone(template, i));
    const first = await poll(op);
    const newest = clone(template, STORAGE_ORDER_CROWD + 1);
    put(collection, newest);
    const next = await poll(op);
    const newestId = newest.id ?? newest._id;
    results.push({
      key: op.key,
      firstPoll: first.requests,
      nextPoll: next.requests,
      fired: next.rows[0]?.id === newestId,
    });
  }
  return results;
};
