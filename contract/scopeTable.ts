import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ghlOpenApiDir } from './specDir';

/**
 * GHL's scope table (`docs/oauth-Scopes.md`): which scope each endpoint and webhook event
 * needs, including endpoints the OpenAPI files give no scope (snapshots, the `oauth.*` ones).
 * A row with no scope of its own continues the scope above it.
 */
export interface ScopeRow {
  scope: string;
  method: string;
  /** The path with every parameter written `{}`, so `:contactId` and `{contactId}` compare equal. */
  path: string;
  event?: string;
  access: string;
}

/** `/contacts/:contactId/`, `contacts/{id}` → `/contacts/{}` */
export const normalisedPath = (path: string) =>
  `/${path.trim().replace(/^\/+/, '')}`.replace(/:[A-Za-z_]\w*|\{[^}]+\}/g, '{}').replace(/\/+$/, '') || '/';

const cell = (text: string | undefined) => (text ?? '').replace(/&nbsp;/g, '').trim();

export const loadScopeTable = (dir = ghlOpenApiDir()): ScopeRow[] => {
  const rows: ScopeRow[] = [];
  let scope = '';
  for (const line of readFileSync(join(dir, 'docs', 'oauth-Scopes.md'), 'utf8').split('\n')) {
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

/** The scopes the table names for `method path`. */
export const documentedScopes = (table: ScopeRow[], method: string, path: string): string[] =>
  table
    .filter((row) => row.method === method.toUpperCase() && row.path === normalisedPath(path))
    .map((row) => row.scope);
