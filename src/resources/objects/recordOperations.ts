import { objectPropertyInputs, objectPropertyOutputs } from '../../fields/objectProperties';
import { defineGhlCreate, defineGhlSearch, defineGhlTrigger } from '../../operations/define';
import { findFromTrigger } from '../../operations/findStep';
import { text } from '../../operations/inputs';
import { followersInput, objectPicker, ownerInput, recordIdInput } from './objectInputs';
import { foundRecordOutputFields, foundRecordSample, recordOutputFields, recordSample } from './samples';

const RECORDS = '/objects/{schemaKey}/records';
const ONE_RECORD = `${RECORDS}/{id}`;
/** GHL's search answers records a page at a time. */
const PAGE = 20;

const common = {
  noun: 'Custom Object Record',
  fromConnection: ['locationId' as const],
  dynamicOutputFields: objectPropertyOutputs,
};

export const create_custom_object_record = defineGhlCreate({
  ...common,
  key: 'create_custom_object_record',
  label: 'Create Custom Object Record',
  description: "Creates a record of one of the location's custom objects, such as a treatment plan.",
  endpoint: { method: 'POST', path: RECORDS },
  unwrap: 'record',
  inputs: [objectPicker, ownerInput, followersInput],
  dynamicInputs: [objectPropertyInputs('create')],
  sample: recordSample,
  outputFields: recordOutputFields,
});

export const update_custom_object_record = defineGhlCreate({
  ...common,
  key: 'update_custom_object_record',
  label: 'Update Custom Object Record',
  description: 'Changes the fields you fill in on a custom object record; the others keep their values.',
  endpoint: { method: 'PUT', path: ONE_RECORD, inQuery: ['locationId'] },
  unwrap: 'record',
  inputs: [
    objectPicker,
    recordIdInput('The record to change, from an earlier step such as Find Custom Object Record.'),
    ownerInput,
    followersInput,
  ],
  dynamicInputs: [objectPropertyInputs('update')],
  sample: recordSample,
  outputFields: recordOutputFields,
});

/** One record by its ID; [] when GHL has none. GHL's read takes no location: the record's ID names it. */
export const find_custom_object_record_by_id = defineGhlSearch({
  ...common,
  fromConnection: [],
  key: 'find_custom_object_record_by_id',
  label: 'Find Custom Object Record by ID',
  description: 'Finds a custom object record by its ID.',
  endpoint: { method: 'GET', path: ONE_RECORD },
  unwrap: 'record',
  inputs: [objectPicker, recordIdInput("The record's ID, from an earlier step.")],
  sample: recordSample,
  outputFields: recordOutputFields,
});

const textOf = (row: Record<string, unknown>) =>
  Object.values((row.properties as Record<string, unknown> | undefined) ?? {}).find((v) => typeof v === 'string');

/**
 * The chosen object's records, newest first: what the Record dropdowns list, and what Find
 * Custom Object Record narrows with GHL's full-text search. GHL lists records only through its
 * search, which takes every paging field: the first page has no cursor yet.
 */
export const list_custom_object_records = defineGhlTrigger({
  ...common,
  key: 'list_custom_object_records',
  label: 'New Custom Object Record',
  description: 'Triggers when a record of the chosen custom object is added.',
  hidden: true,
  endpoint: { method: 'POST', path: `${RECORDS}/search` },
  unwrap: 'records',
  inputs: [objectPicker],
  constants: { query: '', searchAfter: [] },
  paging: { sizeParam: 'pageLimit', pageSize: PAGE, pageParam: 'page' },
  newestFirstBy: 'createdAt',
  labelOf: (row) => String(textOf(row) ?? row.id),
  sample: foundRecordSample,
  outputFields: foundRecordOutputFields,
});

export const find_custom_object_record = findFromTrigger(list_custom_object_records, {
  key: 'find_custom_object_record',
  label: 'Find Custom Object Record',
  description:
    'Finds custom object records by text in their searchable fields, such as a plan name: the newest match first.',
  filters: [
    text('query', {
      label: 'Search For',
      helpText: "Text to look for in the record's searchable fields (set in HighLevel's object settings).",
      required: true,
      example: 'Whitening',
    }),
  ],
});
