import { findFromTrigger } from '../../operations/findStep';
import { text } from '../../operations/inputs';
import list_custom_values from './list_custom_values';

const normal = (name: unknown) =>
  String(name ?? '')
    .trim()
    .toLowerCase();

/** A custom value by its name ("Current Promo") or its merge field, for the step that reads or updates it. */
export default findFromTrigger(list_custom_values, {
  key: 'find_custom_value',
  label: 'Find Custom Value',
  description: 'Finds one of the location\'s custom values by its name or merge field, such as "Current Promo".',
  filters: [
    {
      ...text('name', {
        label: 'Name',
        helpText: "The custom value's name (any case), or its merge field such as {{ custom_values.current_promo }}.",
        required: true,
      }),
      internal: true,
    },
  ],
  keep: (row, { name }) => normal(row.name) === normal(name) || normal(row.fieldKey) === normal(name),
});
