import { defineGhlTrigger } from '../../operations/define';
import { customValueOutputFields, customValueSample } from './customValueSamples';

/** Feeds the Custom Value dropdown and Find Custom Value; hidden because a new custom value is rarely an event to build on. */
export default defineGhlTrigger({
  key: 'list_custom_values',
  noun: 'Custom Value',
  label: 'New Custom Value',
  description: "Triggers when a custom value (text the location's templates use) is added to the location.",
  hidden: true,
  endpoint: { method: 'GET', path: '/locations/{locationId}/customValues' },
  unwrap: 'customValues',
  fromConnection: ['locationId'],
  inputs: [],
  labelOf: (row) => `${String(row.name ?? row.id)}${row.value ? `: ${String(row.value).slice(0, 40)}` : ''}`,
  sample: customValueSample,
  outputFields: customValueOutputFields,
});
