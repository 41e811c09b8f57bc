import { errors } from 'zapier-platform-core';
import { defineGhlCreate } from '../../operations/define';
import { recordId, text } from '../../operations/inputs';
import { customValueOutputFields, customValueSample } from './customValueSamples';

const CURRENT = { method: 'GET', path: '/locations/{locationId}/customValues/{id}' } as const;

/**
 * GHL's update takes the name and the value together: the current name is read and sent again
 * unless a new one is given, so a value change never renames it.
 */
export default defineGhlCreate({
  key: 'update_custom_value',
  noun: 'Custom Value',
  label: 'Update Custom Value',
  description:
    "Changes one of the location's custom values, such as the current promotion its SMS and email templates quote.",
  endpoint: { method: 'PUT', path: '/locations/{locationId}/customValues/{id}' },
  unwrap: 'customValue',
  fromConnection: ['locationId'],
  inputs: [
    recordId('id', {
      label: 'Custom Value',
      helpText: 'The custom value to change. Pick one, or map a Custom Value ID from Find Custom Value.',
      required: true,
      extra: { dynamic: 'list_custom_values.id.label', search: 'find_custom_value.id' },
    }),
    text('value', { label: 'Value', helpText: 'The new value, as templates will show it.', required: true }, 10_000),
    text('name', { label: 'New Name', helpText: 'A new name for it. Leave empty to keep its name.' }, 200),
  ],
  lookup: {
    calls: [CURRENT],
    run: async (ghl, values) => {
      if (values.name !== undefined) return {};
      const found = await ghl(CURRENT, { locationId: values.locationId, id: values.id });
      const name = (found?.customValue as { name?: string } | undefined)?.name;
      if (name === undefined)
        throw new errors.Error(
          `HighLevel has no custom value ${String(values.id)} in this location: pick one, or map its ID from Find Custom Value.`,
          'CustomValueNotFound',
          404,
        );
      return { name };
    },
  },
  sample: customValueSample,
  outputFields: customValueOutputFields,
});
