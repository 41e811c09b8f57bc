import zapier from 'zapier-platform-core';
import App from '../../index';

/** The app as Zapier sees it: plain data, functions replaced by "$func$…" placeholders. */
export interface Field {
  key: string;
  label?: string;
  helpText?: string;
  type?: string;
  required?: boolean;
  list?: boolean;
  dict?: boolean;
  children?: Field[];
  dynamic?: string;
  search?: string;
  choices?: unknown;
  primary?: boolean;
}

export interface Operation {
  key: string;
  noun?: string;
  display: { label?: string; description?: string; helpText?: string; hidden?: boolean };
  operation: {
    type?: string;
    inputFields?: Array<Field | string>;
    outputFields?: Array<Field | string>;
    sample?: Record<string, unknown>;
    perform?: unknown;
    performList?: unknown;
    performSubscribe?: unknown;
    performUnsubscribe?: unknown;
    cleanInputData?: boolean;
  };
}

export type Kind = 'triggers' | 'searches' | 'creates';

export interface Definition {
  authentication?: {
    type: string;
    fields?: Field[];
    test?: unknown;
    connectionLabel?: unknown;
    oauth2Config?: Record<string, unknown>;
  };
  flags?: { cleanInputData?: boolean };
  triggers?: Record<string, Operation>;
  searches?: Record<string, Operation>;
  creates?: Record<string, Operation>;
  searchOrCreates?: Record<
    string,
    { key: string; display: { label?: string; description?: string }; search: string; create: string }
  >;
}

export const appDefinition = async (): Promise<Definition> => {
  const handler = (
    zapier as unknown as {
      createAppHandler: (app: unknown) => (event: unknown, context: unknown) => Promise<{ results: Definition }>;
    }
  ).createAppHandler(App);
  // As the CLI asks: core then leaves Node's HTTP modules unpatched. Its logging patch would
  // capture the real request function, and requests of later test files in this worker would go
  // past nock to the network.
  return (await handler({ command: 'definition', calledFromCli: true }, {})).results;
};

export interface Located {
  kind: Kind;
  key: string;
  op: Operation;
}

export const operationsOf = (def: Definition): Located[] =>
  (['triggers', 'searches', 'creates'] as const).flatMap((kind) =>
    Object.entries(def[kind] ?? {}).map(([key, op]) => ({ kind, key, op })),
  );

/** Static input fields only: a "$func$" entry is a dynamic-field function Zapier calls at run time. */
export const staticFields = (fields: Array<Field | string> | undefined): Field[] =>
  (fields ?? []).flatMap((f) => (typeof f === 'object' ? [f, ...(f.children ?? [])] : []));

export const where = ({ kind, key }: Located, field?: Field) => `${kind}.${key}${field ? ` field "${field.key}"` : ''}`;
