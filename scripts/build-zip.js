#!/usr/bin/env node
// `npm run zip`: Zapier's build of the app from a staging folder that holds only what ships:
// the compiled app (no sandbox, demo or tests) and the production dependencies, copied from
// node_modules as `npm ls --omit=dev` lists them. Building in the project folder itself would
// pack the package.json of every dev dependency; Zapier's own temp-folder build copies all of
// node_modules (EMFILE here) and reinstalls from the registry.
const { execFileSync } = require('node:child_process');
const { cpSync, mkdirSync, renameSync, rmSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const stage = join(root, 'build', 'stage');

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const file of ['package.json', 'index.js', '.zapierapprc', 'dist/index.js', 'dist/package.json', 'dist/src']) {
  cpSync(join(root, file), join(stage, file), { recursive: true });
}
const productionPackages = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((dir) => dir.includes(`${join(root, 'node_modules')}`));
for (const dir of productionPackages) cpSync(dir, join(stage, relative(root, dir)), { recursive: true });

const cli = join(root, 'node_modules', '.bin', 'zapier-platform');
execFileSync(cli, ['build', '--skip-dep-install', '--skip-validation'], {
  cwd: stage,
  stdio: 'inherit',
  env: { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1' },
});
renameSync(join(stage, 'build', 'build.zip'), join(root, 'build', 'build.zip'));
rmSync(stage, { recursive: true, force: true });
