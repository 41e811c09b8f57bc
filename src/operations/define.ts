import { defineCreate, defineInputFields, defineSearch, defineTrigger } from 'zapier-platform-core';
import type { Bundle, Create, PlainOutputField, Search, Trigger, ZObject } from 'zapier-platform-core';
import { connectionCache, hashedKey } from '../auth/connectionCache';
import { namedCustomFieldOutputs, withNamedCustomFields } from '../fields/namedCustomFields';
import { subAccountPicker } from '../fields/subAccount';
import { callGhl } from '../http/client';
import { RecordExists } from '../http/ghlError';
import { throttleOf } from './pace';
import { actedOnShape, answersWithoutRecord, withActedOn } from './actedOn';
import { fileRows, withMediaFiles } from './files';
import { blankToUndefined } from './inputs';
import { runOnce } from './once';
import { newestOfStorageOrderList } from './storageOrder';
import { parseInputs, runOperation } from './run';
import { unwrap } from './unwrap';
import type { CreateSpec, ListMatches, OperationSpec, SearchSpec, TriggerSpec } from './spec';

type Row = Record<string, unknown>;
type PolledRow = Row & { id: string };

/** Zapier's polling window: stable, about 100 items, never widened later. */
export const POLL_WINDOW = 100;

const asRows = (data: unknown): Row[] => {
  if (Array.isArray(data)) return data.filter((item): item is Row => Boolean(item) && typeof item === 'object');
  return data && typeof data === 'object' ? [data as Row] : [];
};

/** The records an answer holds, with `id` filled from the spec's `idFrom` where GHL names it otherwise. */
const rowsOf = (spec: OperationSpec, data: unknown, inputs: Row): Row[] => {
  const rows = spec.toRows ? spec.toRows(data, inputs) : asRows(data);
  const { idFrom, ownFields, addedFields } = spec;
  const own = ownFields?.of(inputs) ?? {};
  return rows.map((row) => ({
    ...(idFrom ? { id: row[idFrom] } : {}),
    ...row,
    ...(addedFields ? addedFields.of(row) : {}),
    ...own,
  }));
};

/** Sub-account steps start with the agency connections' Sub-account picker. */
const inputFieldsOf = (spec: OperationSpec) => [
  ...((spec.audience ?? 'subAccount') === 'subAccount' ? [subAccountPicker] : []),
  ...spec.inputs.map((input) => input.field),
  ...(spec.dynamicInputs ?? []).map((group) => group.fields),
];

const display = (spec: OperationSpec) => ({
  label: spec.label,
  description: spec.description,
  ...(spec.hidden ? { hidden: true } : {}),
});

const newestFirst = (rows: Row[], field: string | undefined): Row[] => {
  if (!field) return rows;
  const time = (row: Row) => Date.parse(String(row[field] ?? '')) || 0;
  return [...rows].sort((a, b) => time(b) - time(a));
};

/** Marks `id` and the change markers as Zapier's composite dedupe key. */
const withPrimaryKeys = (fields: PlainOutputField[], markers: string[] | undefined): PlainOutputField[] =>
  markers?.length
    ? fields.map((f) => (f.key === 'id' || markers.includes(f.key) ? { ...f, primary: true } : f))
    : fields;

/** The paging values of one page of a list (0 is the first). */
export const pageValues = (paging: NonNullable<TriggerSpec['paging']>, page: number): Row => ({
  [paging.sizeParam]: paging.pageSize,
  ...(paging.pageParam ? { [paging.pageParam]: page + 1 } : {}),
  ...(paging.offsetParam ? { [paging.offsetParam]: page * paging.pageSize } : {}),
});

const pagingValues = (spec: TriggerSpec, bundle: Bundle): Row =>
  spec.paging ? pageValues(spec.paging, Number(bundle.meta?.page ?? 0) || 0) : {};

/** Which list a trigger polls: the trigger, its sub-account and its filters. */
const listIdentity = (spec: TriggerSpec, bundle: Bundle) =>
  JSON.stringify([
    spec.key,
    bundle.authData?.locationId ?? bundle.inputData?.locationId,
    ...spec.inputs.map((i) => bundle.inputData?.[i.field.key] ?? null),
  ]);

/** A poll of a list GHL answers in storage order: its newest records, wherever its tail is. */
const newestOfList = (
  z: ZObject,
  bundle: Bundle,
  spec: TriggerSpec,
  paging: NonNullable<TriggerSpec['paging']> & { offsetParam: string },
) => {
  const read = async (offset: number) => {
    const { data, values } = await runOperation(z, bundle, spec, {
      extraValues: { [paging.sizeParam]: paging.pageSize, [paging.offsetParam]: offset },
    });
    return rowsOf(spec, data, values);
  };
  return newestOfStorageOrderList(z, listIdentity(spec, bundle), paging.pageSize, spec.newestFirstBy, read);
};

/** A poll of the newest page plus one older page in turn (`sweep`): at most two requests. */
const sweptRows = async (z: ZObject, bundle: Bundle, spec: TriggerSpec, sweep: NonNullable<TriggerSpec['sweep']>) => {
  const read = async (page: number) => {
    const { data, values, answer } = await runOperation(z, bundle, spec, { extraValues: { [sweep.pageParam]: page } });
    return { rows: rowsOf(spec, data, values), total: Number(unwrap(answer, sweep.totalAt)) || 0 };
  };
  const newest = await read(1);
  const pages = Math.ceil(newest.total / POLL_WINDOW);
  if (pages < 2) return newest.rows;
  const cache = connectionCache(z);
  const key = hashedKey('ghl-sweep', listIdentity(spec, bundle));
  const kept = (await cache.get<{ next: number }>(key))?.next ?? 2;
  const page = kept > pages ? 2 : kept;
  const older = await read(page);
  await cache.set(key, { next: page >= pages ? 2 : page + 1 }, 30 * 24 * 60 * 60);
  const seen = new Set(newest.rows.map((r) => r.id));
  return [...newest.rows, ...older.rows.filter((r) => !seen.has(r.id))];
};

const pollRows = async (z: ZObject, bundle: Bundle, spec: TriggerSpec): Promise<Row[]> => {
  const { paging } = spec;
  if (spec.sweep && !bundle.meta?.isFillingDynamicDropdown) return sweptRows(z, bundle, spec, spec.sweep);
  // A dropdown pages through the list as GHL orders it; a poll wants the newest records.
  if (spec.storageOrder && paging?.offsetParam && !bundle.meta?.isFillingDynamicDropdown)
    return newestOfList(z, bundle, spec, { ...paging, offsetParam: paging.offsetParam });
  const { data, values } = await runOperation(z, bundle, spec, { extraValues: pagingValues(spec, bundle) });
  return rowsOf(spec, data, values);
};

export const pollTrigger = async (z: ZObject, bundle: Bundle, spec: TriggerSpec): Promise<Row[]> => {
  if (spec.file) return rowsOf(spec, await fileRows(z, bundle, spec, spec.file), {});
  const rows = newestFirst(await pollRows(z, bundle, spec), spec.newestFirstBy).slice(0, POLL_WINDOW);
  const { labelOf } = spec;
  const labelled = labelOf ? rows.map((row) => ({ ...row, label: labelOf(row) })) : rows;
  // A dropdown shows labels only: custom fields by name would cost a read for nothing.
  if (bundle.meta?.isFillingDynamicDropdown) return withMediaFiles(z, spec, labelled);
  return withMediaFiles(z, spec, await named(z, bundle, spec, labelled));
};

/** The rows with the spec's custom fields by name (`customFieldsOf`). */
const named = (z: ZObject, bundle: Bundle, spec: OperationSpec, rows: Row[]) =>
  spec.customFieldsOf ? withNamedCustomFields(z, bundle, spec.customFieldsOf, rows) : rows;

/** Zapier's output fields: the spec's, and the location's custom fields by name when rows carry them. */
const outputFieldsOf = (spec: OperationSpec, fields: PlainOutputField[] = spec.outputFields) => [
  ...fields,
  ...(spec.customFieldsOf ? [namedCustomFieldOutputs(spec.customFieldsOf)] : []),
  ...(spec.dynamicOutputFields ? [spec.dynamicOutputFields] : []),
];

const specs = new WeakMap<object, OperationSpec>();

/** The declarative spec an operation was built from: how contract tests and tooling read it. */
export const specOf = (operation: object): OperationSpec | undefined => specs.get(operation);

const remembered = <T extends object>(built: T, spec: OperationSpec): T => {
  specs.set(built, spec);
  return built;
};

/** The Zapier shape every kind shares; each kind adds its perform and extras. */
const basics = (spec: OperationSpec) => ({
  key: spec.key,
  noun: spec.noun,
  display: display(spec),
});

const operationBasics = (spec: OperationSpec) => ({
  inputFields: defineInputFields(inputFieldsOf(spec)),
  sample: spec.sample,
  outputFields: outputFieldsOf(spec),
});

/** Zapier dedupes a poll on each row's `id`; a row without one fails the poll, as core's own check would. */
const polledRows = (rows: Row[], key: string): PolledRow[] =>
  rows.map((row) => {
    if (typeof row.id === 'string') return row as PolledRow;
    if (typeof row.id === 'number') return { ...row, id: String(row.id) };
    throw new Error(`The ${key} trigger got a record without an "id" from HighLevel.`);
  });

export const defineGhlTrigger = (spec: TriggerSpec): Trigger =>
  remembered(
    defineTrigger({
      ...basics(spec),
      operation: {
        ...operationBasics(spec),
        type: 'polling',
        perform: async (z, bundle) => polledRows(await pollTrigger(z, bundle, spec), spec.key),
        ...(spec.paging ? { canPaginate: true } : {}),
        outputFields: outputFieldsOf(spec, withPrimaryKeys(spec.outputFields, spec.changeMarkers)),
      },
    }),
    spec,
  );

const byDate = (rows: Row[], { field, ascending, upcoming }: NonNullable<ListMatches['orderBy']>): Row[] => {
  const newest = newestFirst(rows, field);
  if (!upcoming) return ascending ? newest.reverse() : newest;
  const now = Date.now();
  const isAhead = (row: Row) => (Date.parse(String(row[field] ?? '')) || 0) >= now;
  return [...newest.filter(isAhead).reverse(), ...newest.filter((row) => !isAhead(row))];
};

/** The best match, carrying every match as line items; [] when none. */
const bestWithMatches = (rows: Row[], values: Row, matches: ListMatches): Row[] => {
  const kept = matches.keep ? rows.filter((row) => matches.keep!(row, values)) : rows;
  const ordered = matches.orderBy ? byDate(kept, matches.orderBy) : kept;
  return ordered.length ? [{ ...ordered[0], [matches.lineItemsKey]: ordered }] : [];
};

/** Searches return [] when nothing matches (a 404 included): Zapier then shows "no results". */
export const runSearch = async (z: ZObject, bundle: Bundle, spec: SearchSpec): Promise<Row[]> => {
  // A file read (a call recording) finds the file, fetched only when a later step uses it.
  if (spec.file) return rowsOf(spec, await fileRows(z, bundle, spec, spec.file), {});
  const route = spec.routesByInput?.find((r) => blankToUndefined(bundle.inputData?.[r.input]) !== undefined) ?? spec;
  const { data, values } = await runOperation(z, bundle, spec, { route, allowNotFound: true });
  const { labelOf } = spec;
  const read = rowsOf(spec, data, values);
  const labelled = labelOf ? read.map((row) => ({ ...row, label: labelOf(row) })) : read;
  const rows = withMediaFiles(z, spec, await named(z, bundle, spec, labelled));
  return spec.matches ? bestWithMatches(rows, values, spec.matches) : rows;
};

export const defineGhlSearch = (spec: SearchSpec): Search =>
  remembered(
    defineSearch({
      ...basics(spec),
      operation: {
        ...operationBasics(spec),
        throttle: throttleOf(spec),
        perform: (z, bundle) => runSearch(z, bundle, spec),
      },
    }),
    spec,
  );

/** How long a create marked `once` remembers the events it recorded. */
const ONCE_DAYS = 7;

/** The record GHL said already exists, as the create's row. */
const existingRow = async (z: ZObject, bundle: Bundle, spec: CreateSpec, id: string): Promise<Row> => {
  const { read, idParam, unwrap: at } = spec.whenExists!;
  const found = await callGhl(z, bundle, { endpoint: read, values: { [idParam]: id }, audience: spec.audience });
  return (unwrap(found, at) as Row | undefined) ?? { id };
};

const createdOrExisting = async (z: ZObject, bundle: Bundle, spec: CreateSpec) => {
  try {
    return await runOperation(z, bundle, spec, { allowExisting: Boolean(spec.whenExists) });
  } catch (error) {
    if (!(error instanceof RecordExists)) throw error;
    return { data: await existingRow(z, bundle, spec, error.id), values: {} as Row };
  }
};

export const runCreate = async (z: ZObject, bundle: Bundle, spec: CreateSpec): Promise<Row> => {
  const create = async () => {
    const { data, values } = await createdOrExisting(z, bundle, spec);
    const [row = {}] = await named(z, bundle, spec, rowsOf(spec, data, values).slice(0, 1));
    return answersWithoutRecord(spec) ? withActedOn(spec, row, values) : row;
  };
  const event = spec.once?.(parseInputs(z, spec, bundle.inputData ?? {}));
  return event ? runOnce(z, `${spec.key}:${event}`, ONCE_DAYS, create) : create();
};

export const defineGhlCreate = (spec: CreateSpec): Create =>
  remembered(
    defineCreate({
      ...basics(spec),
      operation: {
        ...operationBasics(spec),
        throttle: throttleOf(spec),
        ...(spec.lock ? { lock: { ...spec.lock, scope: ['auth' as const] } } : {}),
        perform: (z, bundle) => runCreate(z, bundle, spec),
        ...(answersWithoutRecord(spec) ? actedOnShape(spec) : {}),
      },
    }),
    spec,
  );
