import { ghlSnapshot } from './snapshot/files';

/**
 * GHL's scope table (its docs' `oauth-Scopes.md`, kept in the snapshot): which scope each endpoint and webhook event
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

export const loadScopeTable = (): ScopeRow[] => ghlSnapshot().scopes;

/** The scopes the table names for `method path`. */
export const documentedScopes = (table: ScopeRow[], method: string, path: string): string[] =>
  table
    .filter((row) => row.method === method.toUpperCase() && row.path === normalisedPath(path))
    .map((row) => row.scope);
