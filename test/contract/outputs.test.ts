import type { SearchSpec } from '../../src/operations/spec';
import { type GhlContract, ghlContract } from '../../contract/ghlContract';
import { schemaHasField } from '../../contract/recordSchema';
import { appOperations, routesOf } from '../support/appOperations';

/**
 * Every sample and output field the app shows in Zapier must be something GHL's documented
 * response declares, with the declared type.
 */
let contract: GhlContract;
beforeAll(async () => {
  contract = await ghlContract();
});

/**
 * Operations whose GHL response has no schema in the spec: nothing to check their samples
 * against. Listed so a new gap fails this test instead of passing quietly.
 */
const UNDOCUMENTED = new Set([
  'contacts.json#search-contacts-advanced', // POST /contacts/search: "200: Success", no body documented
  'contacts.json#get-duplicate-contact', // GET /contacts/search/duplicate: no 200 schema
]);

/**
 * Operations whose records the app builds from GHL's answer (toRows) rather than passing on:
 * their samples describe those records, so there is no response schema to hold them to.
 */
const DERIVED = new Set([
  'list_pipeline_stages',
  'get_free_slots',
  'find_free_slots',
  'get_message_transcription',
  'list_conversation_emails',
  'check_blog_url_slug',
  // GHL's list of objects less its standard ones: the records are GHL's, only fewer.
  'list_custom_objects',
]);

const cases = appOperations().flatMap((op) =>
  routesOf(op.spec).map((route) => ({
    name: `${op.kind}.${op.key}${route.selectedBy ? ` (by ${route.selectedBy})` : ''}`,
    op,
    route,
  })),
);

const operationOf = (method: string, template: string) => contract.operationAt(method, template);

describe('samples and output fields exist in the GHL response schemas', () => {
  it.each(cases)('$name', ({ op, route }) => {
    const operation = operationOf(route.endpoint.method, route.endpoint.path);
    expect(operation).toBeDefined();
    const { file } = op.spec;
    if (file) {
      // GHL answers the file itself; the row is the file's ID and the stashed file.
      expect(contract.recordSchema(operation!, route.unwrap)).toBeUndefined();
      expect(op.spec.outputFields.map((f) => [f.key, f.type])).toEqual([
        ['id', 'string'],
        [file.key, 'file'],
      ]);
      expect(Object.keys(op.spec.sample).sort()).toEqual(['id', op.spec.idFrom!, file.key].sort());
      return;
    }
    if (op.spec.toRows) {
      expect(DERIVED.has(op.key)).toBe(true);
      return;
    }
    const schema = contract.recordSchema(operation!, route.unwrap);
    if (UNDOCUMENTED.has(operation!)) {
      expect(schema).toBeUndefined();
      return;
    }
    expect(schema).toBeDefined();
    // A Find step's line items (every match) are the app's own key: each item is a record of GHL's.
    const lineItems = (op.spec as SearchSpec).matches?.lineItemsKey;
    // The app's own keys: what a step adds from its inputs or works out from GHL's row, and media handed on as files.
    const own = new Set([
      ...(op.spec.ownFields?.keys ?? []),
      ...(op.spec.addedFields?.keys ?? []),
      ...(op.spec.media ? [op.spec.media.to, `${op.spec.media.to}[]`] : []),
    ]);
    const ghlOnly = (row: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(row).filter(([key]) => !own.has(key)));
    const { [lineItems ?? '']: items, ...withOwn } = op.spec.sample;
    const record = ghlOnly(withOwn);
    if (lineItems) {
      expect(Array.isArray(items) && items.length).toBeTruthy();
      for (const item of items as Array<Record<string, unknown>>)
        expect(contract.checkRecord(operation!, route.unwrap, ghlOnly(item))).toEqual([]);
    }
    // `id` copied from GHL's own ID field (idFrom) is the one key the app adds.
    const { id: _id, ...withoutCopiedId } = record;
    const sample = op.spec.idFrom ? withoutCopiedId : record;
    expect(contract.checkRecord(operation!, route.unwrap, sample)).toEqual([]);
    const undeclared = op.spec.outputFields
      .map((f) => f.key)
      .filter(
        (key) =>
          key !== lineItems && !own.has(key) && !(op.spec.idFrom && key === 'id') && !schemaHasField(schema!, key),
      );
    expect(undeclared).toEqual([]);
  });
});
