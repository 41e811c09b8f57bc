#!/usr/bin/env node
// Checks what `zapier-platform build` packed into build/build.zip: the compiled app and its
// production dependencies only, never the sandbox, the demo, the tests or a dev dependency.
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const AdmZip = require('adm-zip');

const root = join(__dirname, '..');
const zipPath = join(root, 'build', 'build.zip');
const entries = new AdmZip(zipPath).getEntries().map((e) => e.entryName);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const productionPackages = new Set(
  execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .map((line) => line.split('node_modules/').pop())
    .filter(Boolean),
);
const devOnly = Object.keys(pkg.devDependencies).filter((name) => !productionPackages.has(name));

const problems = [];
for (const required of [
  'index.js',
  'zapierwrapper.js',
  'definition.json',
  'dist/index.js',
  'node_modules/zapier-platform-core/package.json',
]) {
  if (!entries.includes(required)) problems.push(`missing ${required}`);
}
for (const entry of entries) {
  if (/^(dist\/)?(sandbox|demo|test|bench|scripts|contract|connect|relay)\//.test(entry))
    problems.push(`must not ship ${entry}`);
  const name = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(entry)?.[1];
  if (name && devOnly.includes(name)) problems.push(`must not ship the dev dependency ${entry}`);
}

if (problems.length) {
  console.error(`build/build.zip is wrong:\n- ${[...new Set(problems)].slice(0, 20).join('\n- ')}`);
  process.exit(1);
}
console.log(`build/build.zip holds ${entries.length} files: the app and production dependencies only.`);
