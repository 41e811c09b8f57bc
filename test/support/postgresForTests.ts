import { type PostgresServer, startPostgres } from './postgresServer';

/**
 * A Postgres of the test file's own, started before its tests and stopped after them. Called at
 * a file's top level; the function it returns gives the running server inside a test.
 */
export const postgresForTests = (): (() => PostgresServer) => {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());
  return () => {
    if (!server) throw new Error('The test Postgres is not started: call postgresForTests() at the top of the file');
    return server;
  };
};
