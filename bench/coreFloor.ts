import zapier, { type Bundle, type ZObject, defineApp } from 'zapier-platform-core';
import App from '../index';
import type { Kind } from '../connect/oauthDance';

/** One request as the sandbox saw it: replayed bare by each floor. */
export interface CapturedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

type Perform = (z: ZObject, bundle: Bundle) => Promise<unknown>;

/** The captured request sent with z.request and nothing else: no inputs read, nothing mapped from the answer. */
const barePerform =
  (kind: Kind, baseUrl: string, request: CapturedRequest): Perform =>
  async (z) => {
    const response = await z.request({
      url: `${baseUrl}${request.url}`,
      method: request.method as 'GET',
      // Header names as the app writes them, so the app's own middleware leaves them be.
      headers: {
        Version: request.headers.version!,
        Authorization: request.headers.authorization!,
        'Content-Type': 'application/json',
      },
      body: request.method === 'GET' || request.method === 'DELETE' ? undefined : request.body,
      skipThrowForStatus: true,
    });
    if (response.status >= 300) throw new Error(`The bare request got ${response.status}`);
    // Shaped only as far as core's result checks ask: triggers and searches answer a list with an id.
    return kind === 'creates' ? { id: 'bench-probe' } : [{ id: 'bench-probe' }];
  };

const operationShape = (kind: Kind, key: string, perform: Perform) => ({
  key,
  noun: 'Record',
  display: { label: 'Bench Probe', description: 'Replays one request for the benchmark.' },
  operation: { perform, ...(kind === 'triggers' ? { type: 'polling' as const } : {}) },
});

/**
 * The two floors an operation's time is read against. (a) A minimal zapier-platform-core app with
 * one operation making the same request: what core costs any app. (b) This app's own definition,
 * middleware included, with only this operation's perform replaced by the same bare request: what
 * core costs an app of this size (it clones and freezes the whole definition on every call). The
 * app's own work is then its time less (b).
 */
export const coreFloors = (kind: Kind, key: string, baseUrl: string, request: CapturedRequest) => {
  const perform = barePerform(kind, baseUrl, request);
  const minimal = defineApp({
    version: '1.0.0',
    platformVersion: zapier.version,
    [kind]: { [key]: operationShape(kind, key, perform) },
  });
  const own = (App as unknown as Record<Kind, Record<string, { operation: Record<string, unknown> }>>)[kind][key]!;
  const sameSize = {
    ...App,
    [kind]: { ...App[kind], [key]: { ...own, operation: { ...own.operation, perform } } },
  };
  const minimalTester = zapier.createAppTester(minimal);
  const sameSizeTester = zapier.createAppTester(sameSize);
  const bundle = { authData: {}, inputData: {} } as unknown as Bundle;
  return {
    minimalCore: () => minimalTester(perform as never, bundle),
    sameDefinition: () => sameSizeTester(perform as never, bundle),
  };
};

/** The definition core clones on every call, as JSON (functions left out), in KB. */
export const definitionKilobytes = (): number => Buffer.byteLength(JSON.stringify(App)) / 1024;
