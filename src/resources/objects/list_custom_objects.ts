import { defineGhlTrigger } from '../../operations/define';
import { objectOutputFields, objectSample } from './samples';

type Row = Record<string, unknown>;

/**
 * The location's custom objects for the picker. GHL lists its standard objects too (contact,
 * opportunity, business), whose records have steps of their own: only custom ones are kept.
 */
export default defineGhlTrigger({
  key: 'list_custom_objects',
  noun: 'Custom Object',
  label: 'New Custom Object',
  description: 'Triggers when a custom object (such as Treatment Plans) is added to the location.',
  hidden: true,
  endpoint: { method: 'GET', path: '/objects/' },
  unwrap: 'objects',
  fromConnection: ['locationId'],
  inputs: [],
  toRows: (data) => ((data as Row[] | null) ?? []).filter((o) => String(o.key).startsWith('custom_objects.')),
  labelOf: (row) => String((row.labels as Row | undefined)?.plural ?? row.key),
  sample: objectSample,
  outputFields: objectOutputFields,
});
