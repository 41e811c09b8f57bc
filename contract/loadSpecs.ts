import { ghlSnapshot } from './snapshot/files';
import type { ContractSnapshot } from './snapshot/shape';
import { SPEC_GAPS } from './specGaps';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const COMMON_REF = '../common/common-schemas.json#/components/schemas/';
const COMMON_PREFIX = 'Common_';

/** Rewrites refs into common-schemas.json to local ones, so each spec stands alone. */
const inlineCommon = (doc: Doc, common: Doc): Doc => {
  const text = JSON.stringify(doc).split(`"${COMMON_REF}`).join(`"#/components/schemas/${COMMON_PREFIX}`);
  const standalone = JSON.parse(text) as Doc;
  standalone.components ??= {};
  standalone.components.schemas ??= {};
  for (const [name, schema] of Object.entries(common.components.schemas as Doc)) {
    standalone.components.schemas[`${COMMON_PREFIX}${name}`] = schema;
  }
  return standalone;
};

/**
 * GHL rejects properties its DTOs do not declare ("property x should not exist"), and our
 * samples may only use fields the spec names: every object schema that lists its properties
 * is closed.
 */
const closeObjects = (node: unknown): void => {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (!node || typeof node !== 'object') return;
  const schema = node as Doc;
  if (schema.properties && Object.keys(schema.properties).length && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  Object.values(schema).forEach(closeObjects);
};

/**
 * OpenAPI 3.0's `nullable` beside `allOf` and no `type` (GHL's `contactSessionIds`) is a schema
 * Ajv refuses to compile: it becomes "that, or null", which is what OpenAPI means by it.
 */
const withPlainNullables = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(withPlainNullables);
  if (!schema || typeof schema !== 'object') return schema;
  const converted = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, withPlainNullables(v)]));
  // `nullable: true` is the keyword; a property that happens to be called "nullable" is an object.
  if (converted.nullable !== true || 'type' in converted) return converted;
  const { nullable: _nullable, ...rest } = converted;
  return { anyOf: [rest, { type: 'null' }] };
};

/** GHL answers "/contacts/" and "/contacts" alike; the router matches without the trailing slash. */
const withoutTrailingSlashes = (paths: Doc): Doc =>
  Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [path.length > 1 ? path.replace(/\/$/, '') : path, item]),
  );

export interface LoadedSpec {
  file: string;
  doc: Doc;
}

/** Every API spec of the snapshot, standalone, closed, with the known gaps patched. */
export const loadGhlSpecs = (snapshot: ContractSnapshot = ghlSnapshot()): LoadedSpec[] =>
  Object.entries(snapshot.apps).map(([file, published]) => {
    // A copy: the patches below must not change the snapshot other loads share.
    const doc = withPlainNullables(inlineCommon(structuredClone(published), snapshot.common)) as Doc;
    doc.paths = withoutTrailingSlashes(doc.paths);
    for (const gap of SPEC_GAPS) if (gap.file === file) gap.patch(doc);
    closeObjects(doc.components);
    closeObjects(doc.paths);
    return { file, doc };
  });
