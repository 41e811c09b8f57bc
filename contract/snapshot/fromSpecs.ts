import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalisedPath, type ScopeRow } from '../scopeTable';
import type { ContractSnapshot } from './shape';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const SOURCE_REPOSITORY = 'GoHighLevel/highlevel-api-docs';

/** Annotations for readers, not for machines: dropped wherever they are prose. */
const PROSE_KEYS = new Set(['description', 'summary']);
/** Keys of an operation or a spec that only group or link pages of GHL's docs. */
const DOC_ONLY_KEYS = new Set(['tags', 'externalDocs', 'x-tagGroups']);

/**
 * A copy without prose. `description` and `summary` go only where they are text: a schema
 * property or a parameter that is *named* "description" is an object and stays.
 */
export const withoutProse = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(withoutProse);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Doc)
      .filter(([key, value]) => !(PROSE_KEYS.has(key) && typeof value === 'string'))
      .map(([key, value]) => [key, withoutProse(value)]),
  );
};

const specWithoutProse = (doc: Doc): Doc => {
  const kept = Object.fromEntries(Object.entries(doc).filter(([key]) => !DOC_ONLY_KEYS.has(key)));
  kept.paths = Object.fromEntries(
    Object.entries(doc.paths as Doc).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item as Doc).map(([method, operation]) => [
          method,
          Object.fromEntries(Object.entries(operation as Doc).filter(([key]) => !DOC_ONLY_KEYS.has(key))),
        ]),
      ),
    ]),
  );
  return withoutProse(kept) as Doc;
};

const cell = (text: string | undefined) => (text ?? '').replace(/&nbsp;/g, '').trim();

/** GHL's scope table, a markdown table; a row with no scope of its own continues the scope above it. */
export const parseScopeTable = (markdown: string): ScopeRow[] => {
  const rows: ScopeRow[] = [];
  let scope = '';
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/.test(line) || /^\|\s*Scope\s*\|/.test(line)) continue;
    const [, named, endpoint, event, access] = line.split('|').map(cell);
    if (named) scope = named;
    const [method, path] = (endpoint ?? '').split(/\s+/);
    rows.push({
      scope,
      method: method ?? '',
      path: path ? normalisedPath(path) : '',
      ...(event ? { event } : {}),
      access: access ?? '',
    });
  }
  return rows;
};

/** The `json json_schema` block of each `docs/webhook-<Event>.md`. */
const webhookSchemas = (docs: string): Record<string, Doc> => {
  const schemas: Record<string, Doc> = {};
  for (const file of readdirSync(docs).sort()) {
    const event = /^webhook-(\w+)\.md$/.exec(file)?.[1];
    const block = event && /```json json_schema\n([\s\S]*?)```/.exec(readFileSync(join(docs, file), 'utf8'));
    if (event && block) schemas[event] = withoutProse(JSON.parse(block[1]!)) as Doc;
  }
  return schemas;
};

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Doc;

/** The snapshot of the specs in `dir` (a checkout holding apps/, common/ and docs/) at `commit`. */
export const snapshotFromSpecs = (dir: string, commit: string): ContractSnapshot => {
  for (const part of ['apps', 'common', 'docs'])
    if (!existsSync(join(dir, part)))
      throw new Error(`${dir} has no ${part}/ folder: is it a checkout of ${SOURCE_REPOSITORY}?`);
  const apps = join(dir, 'apps');
  return {
    source: { repository: SOURCE_REPOSITORY, commit },
    common: withoutProse(readJson(join(dir, 'common', 'common-schemas.json'))) as Doc,
    apps: Object.fromEntries(
      readdirSync(apps)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => [file, specWithoutProse(readJson(join(apps, file)))]),
    ),
    scopes: parseScopeTable(readFileSync(join(dir, 'docs', 'oauth-Scopes.md'), 'utf8')),
    webhooks: webhookSchemas(join(dir, 'docs')),
  };
};
