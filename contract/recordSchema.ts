type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A schema and the alternatives it composes (allOf/anyOf/oneOf), flattened. */
const alternatives = (schema: Schema | undefined): Schema[] =>
  schema
    ? [schema, ...['allOf', 'anyOf', 'oneOf'].flatMap((k) => ((schema[k] ?? []) as Schema[]).flatMap(alternatives))]
    : [];

/** The schema of one record inside a response: `key` picks the property, arrays give their items. */
export const recordSchemaOf = (response: Schema, key?: string): Schema | undefined => {
  // A dotted key ("messages.messages") walks into nested objects, as the app's unwrap does.
  let holder: Schema | undefined = response;
  for (const part of key ? key.split('.') : [])
    holder =
      holder &&
      alternatives(holder)
        .map((s) => s.properties?.[part])
        .find(Boolean);
  if (!holder) return undefined;
  const items = alternatives(holder)
    .map((s) => s.items)
    .find(Boolean);
  return (items ?? holder) as Schema;
};

/**
 * Whether a Zapier output field key names something the schema declares. Keys use Zapier's
 * notation: `tags[]` for a list, `customFields[]id` for a field of list items, `a__b` for nesting.
 */
export const schemaHasField = (schema: Schema, key: string): boolean => {
  const parts = key.split(/(\[\])|__/).filter(Boolean);
  const walk = (node: Schema, rest: string[]): boolean => {
    if (!rest.length) return true;
    const [part, ...tail] = rest;
    const options = alternatives(node);
    if (part === '[]') return options.some((s) => s.items && walk(s.items as Schema, tail));
    const declared = options.filter((s) => s.properties);
    if (!declared.length) return options.some((s) => s.type === 'object' || s.additionalProperties === true);
    return declared.some((s) => s.properties[part!] && walk(s.properties[part!] as Schema, tail));
  };
  return walk(schema, parts);
};
