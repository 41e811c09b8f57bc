import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openPgStore } from '../../relay/pgStore';
import { openSqliteStore } from '../../relay/sqliteStore';
import type { RelayStore } from '../../relay/store';
import type { PostgresServer } from './postgresServer';

type Rows = Array<Record<string, unknown>>;

/** A store of a test's own, opened again on the same data as often as asked (a restarted relay). */
export interface TestStore {
  open: () => Promise<RelayStore>;
  /** Reads what the relay keeps but never answers (a kept body, a delivery's state); `?` placeholders. */
  query: (sql: string, params?: unknown[]) => Promise<Rows>;
  remove: () => Promise<void>;
}

export type StoreKind = 'sqlite' | 'postgres';

const sqliteStore = (): TestStore => {
  const folder = mkdtempSync(join(tmpdir(), 'relay-store-'));
  const file = join(folder, 'relay.sqlite');
  return {
    open: () => openSqliteStore(file),
    query: async (sql, params = []) => {
      const { DatabaseSync } = await import('node:sqlite');
      const db = new DatabaseSync(file, { readOnly: true });
      try {
        return db.prepare(sql).all(...(params as never[])) as Rows;
      } finally {
        db.close();
      }
    },
    remove: async () => rmSync(folder, { recursive: true, force: true }),
  };
};

let databases = 0;

const postgresStore = async (postgres: PostgresServer): Promise<TestStore> => {
  databases += 1;
  const name = `relay_test_${process.pid}_${databases}`;
  const admin = new Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = postgres.url.replace(/\/postgres$/, `/${name}`);
  return {
    open: () => openPgStore(url),
    query: async (sql, params = []) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        let n = 0;
        return (
          await client.query(
            sql.replace(/\?/g, () => `$${(n += 1)}`),
            params,
          )
        ).rows as Rows;
      } finally {
        await client.end();
      }
    },
    remove: async () => undefined,
  };
};

/** Both stores, for `describe.each`: a fresh SQLite file, or a fresh database on the test's Postgres. */
export const STORE_KINDS: Array<[string, StoreKind]> = [
  ['the embedded SQLite store', 'sqlite'],
  ['the Postgres store', 'postgres'],
];

export const testStore = (kind: StoreKind, postgres: () => PostgresServer): Promise<TestStore> =>
  kind === 'sqlite' ? Promise.resolve(sqliteStore()) : postgresStore(postgres());
