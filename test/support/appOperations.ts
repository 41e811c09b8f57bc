import type { Create, Search, Trigger } from 'zapier-platform-core';
import App from '../../index';
import { specOf } from '../../src/operations/define';
import type { Endpoint } from '../../src/http/endpoint';
import type { CreateSpec, OperationSpec, SearchSpec } from '../../src/operations/spec';
import { CUSTOM_FIELDS_CALL } from '../../src/fields/namedCustomFields';

export type Kind = 'triggers' | 'searches' | 'creates';

export interface AppOperation {
  kind: Kind;
  key: string;
  definition: Trigger | Search | Create;
  spec: OperationSpec;
}

/** Every trigger, search and create the app defines, with the spec it was built from. */
export const appOperations = (): AppOperation[] =>
  (['triggers', 'searches', 'creates'] as const).flatMap((kind) =>
    Object.entries((App[kind] ?? {}) as Record<string, Trigger | Search | Create>)
      // Instant triggers call the webhook relay, not GHL: `hookTriggers` lists them.
      .filter(([, definition]) => !isHookTrigger(definition))
      .map(([key, definition]) => {
        const spec = specOf(definition);
        if (!spec)
          throw new Error(`${kind}.${key} is not built with the shared builders, so its contract cannot be read`);
        return { kind, key, definition, spec };
      }),
  );

const isHookTrigger = (definition: Trigger | Search | Create) =>
  (definition.operation as { type?: string }).type === 'hook';

/** The app's instant (REST hook) triggers. */
export const hookTriggers = (): Trigger[] =>
  Object.values(App.triggers as Record<string, Trigger>).filter(isHookTrigger);

/** Each route an operation can take: its default one and any picked by a filled input. */
export const routesOf = (spec: OperationSpec) => [
  { endpoint: spec.endpoint, unwrap: spec.unwrap, selectedBy: undefined as string | undefined },
  ...((spec as SearchSpec).routesByInput ?? []).map((r) => ({
    endpoint: r.endpoint,
    unwrap: r.unwrap,
    selectedBy: r.input,
  })),
];

/** Every endpoint an operation can call: its routes, its lookup's, its inputs' and its dynamic fields'. */
export const callsOf = (spec: OperationSpec): Endpoint[] => {
  const all = [
    ...routesOf(spec).map((r) => r.endpoint),
    ...(spec.lookup?.calls ?? []),
    ...spec.inputs.flatMap((i) => i.calls ?? []),
    ...(spec.dynamicInputs ?? []).flatMap((group) => group.calls),
    // Rows by name read the location's custom fields; a refused create reads the record that exists.
    ...(spec.customFieldsOf ? [CUSTOM_FIELDS_CALL] : []),
    ...((spec as CreateSpec).whenExists ? [(spec as CreateSpec).whenExists!.read] : []),
  ];
  return all.filter((e, at) => all.findIndex((o) => o.method === e.method && o.path === e.path) === at);
};

/** Inputs filled with each field's example; a route-selecting input only for its own route; one of exclusive fields. */
export const exampleInputs = (spec: OperationSpec, selectedBy: string | undefined): Record<string, unknown> => {
  const selectors = new Set(((spec as SearchSpec).routesByInput ?? []).map((r) => r.input));
  // Of fields GHL takes only one of, the first.
  const alternatives = new Set((spec.exclusive ?? []).flatMap((group) => group.keys.slice(1)));
  const values: Record<string, unknown> = {};
  for (const input of spec.inputs) {
    if (alternatives.has(input.field.key)) continue;
    if (selectors.has(input.field.key) && input.field.key !== selectedBy) continue;
    values[input.field.key] = input.example;
  }
  return values;
};
