#!/usr/bin/env node
// Writes the README's table of operations from the built app definition (run `npm run build` first).
// `--check` fails when the README's table is out of date, so it can never drift from the code.
const fs = require('node:fs');
const path = require('node:path');

const README = path.join(__dirname, '..', 'README.md');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

const app = require('../dist/index.js').default;

const KINDS = [
  ['triggers', 'Trigger'],
  ['searches', 'Search'],
  ['creates', 'Action'],
];

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

/**
 * What `zapier-platform invoke … -i '{…}'` takes: each input's key, `*` when required. Fields a
 * function adds are named for what they are: the Sub-account picker (agency connections only)
 * and the location's custom fields.
 */
const keyOf = (field) => {
  if (typeof field !== 'function') return `\`${field.key}\`${field.required ? '*' : ''}`;
  return field.name === 'subAccountPicker' ? '`locationId`* on agency connections' : "the location's custom fields";
};
const inputKeys = (op) => {
  const fields = op.operation.inputFields ?? [];
  const keys = [...fields.filter((f) => typeof f !== 'function'), ...fields.filter((f) => typeof f === 'function')].map(
    keyOf,
  );
  return keys.filter((key, at) => keys.indexOf(key) === at).join(', ') || '(none)';
};

const rows = KINDS.flatMap(([kind, word]) =>
  Object.values(app[kind] ?? {})
    .map(
      (op) =>
        `| ${cell(op.display.label)} | ${op.operation.type === 'hook' ? `Instant ${word.toLowerCase()}` : word}${op.display.hidden ? ' (hidden)' : ''} | \`${op.key}\` | ${cell(inputKeys(op))} | ${cell(op.display.description)} |`,
    )
    .sort(),
);
const pairs = Object.values(app.searchOrCreates ?? {}).map(
  (p) =>
    `| ${cell(p.display.label)} | Search or Create | \`${p.search}\` + \`${p.create}\` | those of both | ${cell(p.display.description)} |`,
);

const table = [
  START,
  '| Operation | Kind | Key | Input keys (`*` required) | What it does |',
  '|---|---|---|---|---|',
  ...rows,
  ...pairs,
  END,
].join('\n');

const readme = fs.readFileSync(README, 'utf8');
const at = readme.indexOf(START);
const end = readme.indexOf(END);
if (at < 0 || end < 0) throw new Error(`README.md needs the markers ${START} and ${END}`);
const updated = `${readme.slice(0, at)}${table}${readme.slice(end + END.length)}`;

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md operation table is out of date: run `npm run docs`.');
    process.exit(1);
  }
  console.log(`README.md operation table is up to date (${rows.length + pairs.length} rows).`);
} else {
  fs.writeFileSync(README, updated);
  console.log(`README.md operation table written (${rows.length + pairs.length} rows).`);
}
