import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { writeSnapshot, SNAPSHOT_DIR } from './files';
import { snapshotFromSpecs, SOURCE_REPOSITORY } from './fromSpecs';

/**
 * `npm run contract:snapshot [-- --commit <sha>]`: regenerates contract/snapshot/ghl from the
 * checkout of GHL's specs in GHL_OPENAPI_DIR (default ../shared/ghl-openapi). The commit is read
 * from the checkout's git, else given with --commit.
 */
const dir = resolve(process.env.GHL_OPENAPI_DIR ?? resolve(process.cwd(), '..', 'shared', 'ghl-openapi'));
const given = process.argv.indexOf('--commit');
const fromGit = spawnSync('git', ['-C', dir, 'rev-parse', '--short=7', 'HEAD'], { encoding: 'utf8' });
const commit = given >= 0 ? process.argv[given + 1] : fromGit.status === 0 ? fromGit.stdout.trim() : undefined;
if (!commit) {
  console.error(`${dir} is not a git checkout: say which ${SOURCE_REPOSITORY} commit it holds with --commit <sha>.`);
  process.exit(2);
}
writeSnapshot(snapshotFromSpecs(dir, commit));
console.log(`GHL's contract at ${SOURCE_REPOSITORY}@${commit} written to ${SNAPSHOT_DIR}`);
