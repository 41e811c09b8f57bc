import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { OpenAPIBackend, type Operation } from 'openapi-backend';
import { type LoadedSpec, loadGhlSpecs } from './loadSpecs';
import { recordSchemaOf } from './recordSchema';

export interface ApiRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string | string[] | undefined>;
  body?: unknown;
}

/** "contacts.json#create-task": operation IDs are unique only within one spec file. */
export type OperationRef = string;

export interface RequestCheck {
  /** The spec operation the request matched, absent when no path/method of any spec fits. */
  operation?: OperationRef;
  errors: string[];
}

/** URL query parameters as the validator takes them: repeated names become lists. */
export const queryObject = (params: URLSearchParams): Record<string, string | string[]> => {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    query[name] = all.length > 1 ? all : all[0]!;
  }
  return query;
};

interface Api {
  file: string;
  backend: OpenAPIBackend;
}

const describe = (
  errors: Array<{ instancePath?: string; message?: string; params?: Record<string, unknown> }> | null | undefined,
) =>
  (errors ?? []).map((e) => {
    const extra = e.params?.additionalProperty ? ` (${String(e.params.additionalProperty)})` : '';
    return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${extra}`.trim();
  });

const lowerCaseKeys = (headers: ApiRequest['headers'] = {}) =>
  Object.fromEntries(Object.entries(headers).flatMap(([k, v]) => (v === undefined ? [] : [[k.toLowerCase(), v]])));

/**
 * GHL's API contract, from the official OpenAPI specs: which operation a request is, whether its
 * parameters, body and Version header are valid, and whether a response matches its schema.
 */
export class GhlContract {
  // OpenAPI 3.0 schemas carry `example` and friends, which plain JSON Schema does not know.
  private readonly ajv = addFormats(new Ajv({ strict: false, allErrors: true }));

  private constructor(private readonly apis: Api[]) {}

  static async load(specs: LoadedSpec[] = loadGhlSpecs()): Promise<GhlContract> {
    const apis = await Promise.all(
      specs.map(async ({ file, doc }) => {
        const backend = new OpenAPIBackend({
          definition: doc as never,
          validate: true,
          strict: false,
          quick: true,
          coerceTypes: true,
          customizeAjv: (ajv) => addFormats(ajv as never) as never,
        });
        await backend.init();
        return { file, backend };
      }),
    );
    return new GhlContract(apis);
  }

  private find(request: ApiRequest): { api: Api; operation: Operation } | undefined {
    const req = { method: request.method.toLowerCase(), path: request.path, headers: {}, query: {} };
    for (const api of this.apis) {
      const operation = api.backend.matchOperation(req);
      if (operation) return { api, operation };
    }
    return undefined;
  }

  checkRequest(request: ApiRequest): RequestCheck {
    const found = this.find(request);
    if (!found) return { errors: [`${request.method} ${request.path} is not an operation of any GHL spec`] };
    const { api, operation } = found;
    const query = request.query ?? {};
    const declared = new Set((operation.parameters ?? []).map((p) => ('name' in p ? `${p.in}:${p.name}` : '')));
    const unknownQuery = Object.keys(query).filter((name) => !declared.has(`query:${name}`));
    const result = api.backend.validateRequest(
      {
        method: request.method.toLowerCase(),
        path: request.path,
        query,
        headers: lowerCaseKeys(request.headers),
        body: request.body,
      },
      operation,
    );
    return {
      operation: `${api.file}#${operation.operationId}`,
      errors: [
        ...unknownQuery.map((name) => `query parameter "${name}" is not in the spec`),
        ...describe(result.errors),
      ],
    };
  }

  private resolve(ref: OperationRef): { api: Api; operationId: string; operation: Operation } {
    const [file, operationId = ''] = ref.split('#');
    const api = this.apis.find((a) => a.file === file);
    const operation = api?.backend.getOperation(operationId);
    if (!api || !operation) throw new Error(`No GHL operation ${ref}`);
    return { api, operationId, operation };
  }

  /** Checks a response body against the operation's schema for that status. */
  checkResponse(ref: OperationRef, status: number, body: unknown): string[] {
    const { api, operationId } = this.resolve(ref);
    return describe(api.backend.validateResponse(body, operationId, status).errors);
  }

  /**
   * The scopes a token needs for an operation: one list per way GHL accepts (a location or an
   * agency token); an empty answer when the spec names none.
   */
  scopeAlternatives(ref: OperationRef): string[][] {
    return this.securityOf(ref).map((requirement) => Object.values(requirement).flat());
  }

  /** Whether a token granted these scopes may call the operation: one of its requirements is met in full, or it names none. */
  allows(ref: OperationRef, granted: readonly string[]): boolean {
    const alternatives = this.scopeAlternatives(ref);
    return alternatives.length === 0 || alternatives.some((needed) => needed.every((scope) => granted.includes(scope)));
  }

  /**
   * Which kinds of token GHL serves the operation to: `Agency-Access`(-`Only`) is an agency
   * token, `Location-Access` a sub-account's; a plain bearer requirement (or none) is a
   * sub-account resource.
   */
  tokenKinds(ref: OperationRef): Set<'agency' | 'subAccount'> {
    const kinds = this.securityOf(ref).flatMap((requirement) => Object.keys(requirement));
    const served = new Set<'agency' | 'subAccount'>();
    for (const kind of kinds) served.add(kind.startsWith('Agency-Access') ? 'agency' : 'subAccount');
    if (!served.size) served.add('subAccount');
    return served;
  }

  /** The operation's security requirements as the spec writes them: `{ "Location-Access": [scopes] }`, … */
  securityOf(ref: OperationRef): Array<Record<string, string[]>> {
    return (this.resolve(ref).operation.security ?? []) as Array<Record<string, string[]>>;
  }

  /** The spec operation behind an endpoint template such as `/contacts/{contactId}`. */
  operationAt(method: string, template: string): OperationRef | undefined {
    return this.checkRequest({ method, path: template.replace(/\{[^}]+\}/g, 'x1') }).operation;
  }

  /** The JSON schema GHL documents for an operation's successful response, if it documents one. */
  successSchema(ref: OperationRef): Record<string, unknown> | undefined {
    const { operation } = this.resolve(ref);
    const responses = (operation.responses ?? {}) as Record<
      string,
      { content?: Record<string, { schema?: Record<string, unknown> }> }
    >;
    const ok = Object.keys(responses).find((code) => code.startsWith('2'));
    return ok ? responses[ok]?.content?.['application/json']?.schema : undefined;
  }

  /** A response GHL could give, built from the spec's schema and examples. */
  mockSuccess(ref: OperationRef): { status: number; body: unknown } {
    const { api, operationId, operation } = this.resolve(ref);
    const code = Object.keys(operation.responses ?? {}).find((c) => c.startsWith('2'));
    if (!code) return { status: 200, body: {} };
    const { status, mock } = api.backend.mockResponseForOperation(operationId, { code: Number(code) });
    return { status, body: mock ?? {} };
  }

  /**
   * Checks one record (a sample, say) against the schema of the records an operation returns,
   * found under `unwrapKey`. Missing required fields are allowed: a sample shows a typical
   * record, but every field it has must be declared, with the declared type.
   * Returns undefined when GHL documents no response schema for the operation.
   */
  checkRecord(ref: OperationRef, unwrapKey: string | undefined, record: unknown): string[] | undefined {
    const schema = this.recordSchema(ref, unwrapKey);
    if (!schema) return undefined;
    const validate = this.ajv.compile(schema);
    validate(record);
    return describe((validate.errors ?? []).filter((e) => e.keyword !== 'required'));
  }

  /** The schema of the records an operation returns under `unwrapKey` (list items for a list). */
  recordSchema(ref: OperationRef, unwrapKey: string | undefined): Record<string, unknown> | undefined {
    const response = this.successSchema(ref);
    return response && recordSchemaOf(response, unwrapKey);
  }

  operations(): OperationRef[] {
    return this.apis.flatMap((a) => a.backend.getOperations().map((o) => `${a.file}#${o.operationId}`));
  }
}

let shared: Promise<GhlContract> | undefined;
/** Loaded once per process: the specs do not change while it runs. */
export const ghlContract = (): Promise<GhlContract> => (shared ??= GhlContract.load());
