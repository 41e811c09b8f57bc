import type { Bundle, PlainInputField, PlainOutputField } from 'zapier-platform-core';
import App from '../../index';
import { LOCATION_ID, appTester, authData, expectCall, failureOf, run } from '../helpers';

/** Custom-object records: the picked object's fields as inputs and outputs, written under `properties`. */
const KEY = 'custom_objects.treatment_plans';
const field = (key: string, name: string, dataType: string, extra: Record<string, unknown> = {}) => ({
  id: `fld_${key}`,
  name,
  fieldKey: `${KEY}.${key}`,
  objectKey: KEY,
  dataType,
  ...extra,
});
const FIELDS = [
  field('plan_name', 'Plan Name', 'TEXT'),
  field('treatment', 'Treatment', 'SINGLE_OPTIONS', {
    options: [
      { key: 'whitening', label: 'Whitening' },
      { key: 'braces', label: 'Braces' },
    ],
  }),
  field('sessions', 'Sessions', 'NUMERICAL'),
  field('fee', 'Fee', 'MONETORY'),
  field('start_date', 'Start Date', 'DATE'),
  field('scans', 'Scans', 'FILE_UPLOAD'),
];
const schemaCall = () =>
  expectCall('GET', `/objects/${KEY}`, 200, { object: { id: 'obj1', key: KEY }, cache: false, fields: FIELDS });
const record = (properties: Record<string, unknown>) => ({
  id: '6751a0c2e4b0a1f3c9d8e7f6',
  owner: [],
  followers: [],
  properties,
  dateAdded: '2026-12-01T08:20:00.000Z',
  dateUpdated: '2026-12-01T08:20:00.000Z',
});
type Fn<T> = (z: unknown, bundle: Bundle) => Promise<T[]>;
const bundle = (inputData: Record<string, unknown>) => ({ authData: authData(), inputData }) as unknown as Bundle;
const lastFunction = <T>(fields: unknown) =>
  (fields as unknown[]).filter((f) => typeof f === 'function').at(-1) as Fn<T>;

describe('custom object records', () => {
  it("offers the picked object's fields as inputs, typed, with their options, and none before one is picked", async () => {
    const call = schemaCall();
    const inputs = lastFunction<PlainInputField>(App.creates!.create_custom_object_record!.operation.inputFields);
    const fields = await appTester(inputs as never, bundle({ schemaKey: KEY }));
    expect(call.sent[0]!.query).toEqual({ locationId: LOCATION_ID, fetchProperties: 'true' });
    expect(fields).toEqual([
      expect.objectContaining({ key: 'property__TEXT__plan_name', label: 'Plan Name', type: 'string' }),
      expect.objectContaining({
        key: 'property__SINGLE_OPTIONS__treatment',
        choices: { whitening: 'Whitening', braces: 'Braces' },
      }),
      expect.objectContaining({ key: 'property__NUMERICAL__sessions', type: 'number' }),
      expect.objectContaining({ key: 'property__MONETORY__fee', type: 'number' }),
      expect.objectContaining({ key: 'property__DATE__start_date', type: 'datetime' }),
    ]);
    await expect(appTester(inputs as never, bundle({}))).resolves.toEqual([]);
  });

  it("offers the picked object's fields by name as output fields", async () => {
    schemaCall();
    const outputs = lastFunction<PlainOutputField>(App.searches!.find_custom_object_record!.operation.outputFields);
    await expect(appTester(outputs as never, bundle({ schemaKey: KEY }))).resolves.toEqual([
      { key: 'properties__plan_name', label: 'Plan Name', type: 'string' },
      { key: 'properties__treatment', label: 'Treatment', type: 'string' },
      { key: 'properties__sessions', label: 'Sessions', type: 'number' },
      { key: 'properties__fee__value', label: 'Fee', type: 'number' },
      { key: 'properties__start_date', label: 'Start Date', type: 'datetime' },
      { key: 'properties__scans', label: 'Scans', type: 'file' },
    ]);
  });

  it('creates a record with the filled fields in the shapes GHL takes', async () => {
    const create = expectCall('POST', `/objects/${KEY}/records`, 201, { record: record({ plan_name: 'Whitening' }) });
    await run('creates', 'create_custom_object_record', {
      schemaKey: KEY,
      property__TEXT__plan_name: 'Whitening',
      property__NUMERICAL__sessions: '3',
      property__MONETORY__fee: '1,499',
      property__DATE__start_date: '2026-12-10T00:00:00+02:00',
      property__SINGLE_OPTIONS__treatment: '',
    });
    expect(create.sent[0]!.body).toEqual({
      locationId: LOCATION_ID,
      properties: {
        plan_name: 'Whitening',
        sessions: 3,
        fee: { currency: 'default', value: 1499 },
        start_date: '2026-12-10',
      },
    });
  });

  it('refuses a number field that is not a number, before anything is sent', async () => {
    const error = await failureOf(
      run('creates', 'create_custom_object_record', { schemaKey: KEY, property__NUMERICAL__sessions: 'three' }),
    );
    expect(error.message).toMatch(/"sessions" must be a number/);
  });

  it('updates only the fields filled in, with the location in the query', async () => {
    const update = expectCall('PUT', `/objects/${KEY}/records/6751a0c2e4b0a1f3c9d8e7f6`, 200, {
      record: record({ plan_name: 'Whitening', sessions: 4 }),
    });
    await run('creates', 'update_custom_object_record', {
      schemaKey: KEY,
      id: '6751a0c2e4b0a1f3c9d8e7f6',
      property__NUMERICAL__sessions: 4,
    });
    expect(update.sent[0]!.query).toEqual({ locationId: LOCATION_ID });
    expect(update.sent[0]!.body).toEqual({ properties: { sessions: 4 } });
  });

  it("finds records with GHL's search, newest first with every match, the first page with no cursor", async () => {
    const found = (id: string, createdAt: string) => ({ ...record({ plan_name: 'Whitening' }), id, createdAt });
    const search = expectCall('POST', `/objects/${KEY}/records/search`, 200, {
      records: [found('old', '2026-11-01T08:00:00.000Z'), found('new', '2026-12-01T08:00:00.000Z')],
      total: 2,
    });
    const [best] = (await run('searches', 'find_custom_object_record', {
      schemaKey: KEY,
      query: 'whitening',
    })) as Array<Record<string, unknown>>;
    expect(search.sent[0]!.body).toEqual({
      locationId: LOCATION_ID,
      query: 'whitening',
      page: 1,
      pageLimit: 20,
      searchAfter: [],
    });
    expect(best).toMatchObject({ id: 'new', matches: [{ id: 'new' }, { id: 'old' }] });
  });

  it('finds a record by ID, and nothing for an ID GHL does not have', async () => {
    expectCall('GET', `/objects/${KEY}/records/gone`, 404, { statusCode: 404, message: 'Record not found' });
    await expect(run('searches', 'find_custom_object_record_by_id', { schemaKey: KEY, id: 'gone' })).resolves.toEqual(
      [],
    );
  });

  it("lists only the location's custom objects for the picker, by their plural names", async () => {
    expectCall('GET', '/objects/', 200, {
      objects: [
        { id: 'o1', key: 'contact', standard: true, labels: { singular: 'Contact', plural: 'Contacts' } },
        { id: 'o2', key: KEY, standard: false, labels: { singular: 'Treatment Plan', plural: 'Treatment Plans' } },
      ],
    });
    const rows = (await run('triggers', 'list_custom_objects', {}, { isFillingDynamicDropdown: true })) as Array<
      Record<string, unknown>
    >;
    expect(rows.map((r) => [r.key, r.label])).toEqual([[KEY, 'Treatment Plans']]);
  });
});
