import { exampleInputs } from '../sandbox/contract/appOperations';
import type { OperationSpec } from '../src/operations/spec';
import type { RecordIds } from './records';

let unique = 0;

/**
 * Each field's example, with dropdown fields pointing at real sandbox records (the dropdown's
 * trigger names which) and emails and phones made unique so creates are never duplicates.
 */
export const benchInputs = (spec: OperationSpec, ids: RecordIds): Record<string, unknown> => {
  const values = exampleInputs(spec, undefined);
  unique += 1;
  for (const { field } of spec.inputs) {
    if (!(field.key in values)) continue;
    const source = field.dynamic?.split('.')[0] ?? field.search?.split('.')[0];
    const id = source === 'find_contact' ? ids.new_contact : source && ids[source];
    if (id) values[field.key] = id;
    else if (field.key === 'email') values.email = `bench${unique}@example.com`;
    else if (field.key === 'phone') values.phone = `+2782${String(1_000_000 + unique)}`;
  }
  return values;
};
