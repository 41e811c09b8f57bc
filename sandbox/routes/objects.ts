import { randomBytes } from 'node:crypto';
import { badRequest, isReply, notFound, recordOr404, route, type Reply, type RouteContext } from '../router';
import { type Json, pickFields } from '../store';

/**
 * Custom objects and their records. GHL lists its standard objects beside the custom ones, and
 * keys a record's values by the field's key less the object's (`custom_objects.pets.name` → `name`).
 */
const STANDARD = ['contact', 'opportunity', 'business'];

/** GHL's record and object IDs are 24 hex digits (Mongo IDs), not the 20-letter IDs of contacts. */
const objectId = () => randomBytes(12).toString('hex');

const schemaOf = (ctx: RouteContext, key: string) => ctx.state.objectSchemas.find((o) => o.key === key || o.id === key);

const propertyKeys = (schema: Json) =>
  ((schema.fields as Json[]) ?? []).map((f) => String(f.fieldKey).slice(String(schema.key).length + 1));

/** GHL refuses a value for a field the object does not have. */
const unknownProperty = (schema: Json, properties: Json): Reply | undefined => {
  const known = new Set(propertyKeys(schema));
  const unknown = Object.keys(properties).filter((k) => !known.has(k));
  return unknown.length ? badRequest(`Invalid properties: ${unknown.join(', ')}`) : undefined;
};

const customSchema = (ctx: RouteContext): Json | Reply => {
  const schema = schemaOf(ctx, ctx.params.schemaKey ?? '');
  return schema ? schema : notFound('Custom object');
};

/** A record as GHL's reads and writes answer it (IRecordSchema). */
const asRecord = (record: Json) =>
  pickFields(record, ['id', 'owner', 'followers', 'properties', 'dateAdded', 'dateUpdated']);

/** A record as GHL's search answers it (RecordResponseDTO). */
const asFound = (record: Json) => {
  const { dateAdded, dateUpdated, ...rest } = record;
  return { ...rest, createdAt: dateAdded, updatedAt: dateUpdated };
};

const matches = (record: Json, query: string) =>
  !query ||
  Object.values((record.properties as Json) ?? {}).some((v) => String(v).toLowerCase().includes(query.toLowerCase()));

const write = (ctx: RouteContext, record: Json, schema: Json): Reply | undefined => {
  const properties = (ctx.body.properties as Json | undefined) ?? {};
  const refused = unknownProperty(schema, properties);
  if (refused) return refused;
  record.properties = { ...((record.properties as Json) ?? {}), ...properties };
  for (const key of ['owner', 'followers']) if (Array.isArray(ctx.body[key])) record[key] = ctx.body[key];
  record.dateUpdated = ctx.now;
  return undefined;
};

export const objectRoutes = [
  route('GET', '/objects/', (ctx) => [
    200,
    {
      objects: [
        ...STANDARD.map((key) => ({
          id: objectId(),
          key,
          standard: true,
          labels: { singular: key, plural: `${key}s` },
        })),
        ...ctx.state.objectSchemas.map(({ fields: _fields, ...schema }) => schema),
      ],
    },
  ]),
  route('POST', '/objects/{schemaKey}/records/search', (ctx) => {
    const schema = customSchema(ctx);
    if (isReply(schema)) return schema;
    const page = Math.max(1, Number(ctx.body.page ?? 1));
    const limit = Number(ctx.body.pageLimit ?? 10);
    const found = [...ctx.state.objectRecords.values()]
      .filter((r) => r.objectKey === schema.key && matches(r, String(ctx.body.query ?? '')))
      .sort((a, b) => String(b.dateAdded).localeCompare(String(a.dateAdded)));
    return [200, { records: found.slice((page - 1) * limit, page * limit).map(asFound), total: found.length }];
  }),
  route('POST', '/objects/{schemaKey}/records', (ctx) => {
    const schema = customSchema(ctx);
    if (isReply(schema)) return schema;
    const record: Json = {
      id: objectId(),
      owner: [],
      followers: [],
      properties: {},
      dateAdded: ctx.now,
      locationId: ctx.state.location.id,
      objectId: schema.id,
      objectKey: schema.key,
    };
    const refused = write(ctx, record, schema);
    if (refused) return refused;
    ctx.state.objectRecords.set(String(record.id), record);
    return [201, { record: asRecord(record) }];
  }),
  route('GET', '/objects/{schemaKey}/records/{id}', (ctx) => {
    const record = recordOr404(ctx.state.objectRecords, ctx.params.id, 'Record');
    return isReply(record) ? record : [200, { record: asRecord(record) }];
  }),
  route('PUT', '/objects/{schemaKey}/records/{id}', (ctx) => {
    const schema = customSchema(ctx);
    if (isReply(schema)) return schema;
    const record = recordOr404(ctx.state.objectRecords, ctx.params.id, 'Record');
    if (isReply(record)) return record;
    // Only the properties sent change: GHL keeps the record's other values.
    return write(ctx, record, schema) ?? [200, { record: asRecord(record) }];
  }),
  route('GET', '/objects/{key}', (ctx) => {
    const schema = schemaOf(ctx, ctx.params.key ?? '');
    if (!schema) return notFound('Custom object');
    const { fields, ...object } = schema;
    return [200, { object, cache: false, fields: ctx.query.get('fetchProperties') === 'true' ? fields : [] }];
  }),
];
