import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Dependencies point one way: the shipped app (index.ts, src/) imports only itself and packages;
 * GHL's contract (contract/) and the fake GHL (sandbox/) never import the app they serve; the
 * webhook relay (relay/) shares only the relay protocol (and the pure path reader it uses); only
 * tests, the demo and the benchmark import connect/ and test/support/.
 */
const ROOT = resolve(__dirname, '../..');

const sourcesUnder = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

/** Where each relative import of `file` lands, from the repository's root. */
const importedPaths = (file: string): string[] => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import|require\()\s*'(\.[^']*)'/g)].map((m) => m[1]!);
  return specifiers.map((specifier) => relative(ROOT, resolve(ROOT, dirname(file), specifier)));
};

/** The top-level folder (or file) each relative import of `file` lands in. */
const importedHomes = (file: string): string[] => importedPaths(file).map((path) => path.split('/')[0]!);

const offenders = (files: string[], allowed: string[]) =>
  files.flatMap((file) =>
    importedHomes(file)
      .filter((home) => !allowed.includes(home))
      .map((home) => `${file} imports from ${home}`),
  );

describe('dependency direction', () => {
  it('the shipped app imports nothing outside itself', () => {
    expect(offenders(['index.ts', ...sourcesUnder('src')], ['src', 'package.json', 'index'])).toEqual([]);
  });

  it("GHL's contract and the sandbox never import the app", () => {
    expect(offenders(sourcesUnder('contract'), ['contract'])).toEqual([]);
    expect(offenders(sourcesUnder('sandbox'), ['sandbox', 'contract'])).toEqual([]);
  });

  it('the connect helper sits between the app, the sandbox and the relay, below the demo and the tests', () => {
    expect(offenders(sourcesUnder('connect'), ['connect', 'sandbox', 'contract', 'relay', 'src', 'index'])).toEqual([]);
  });

  it('the webhook relay shares only the relay protocol with the app', () => {
    const reaches = sourcesUnder('relay').flatMap((file) =>
      importedPaths(file)
        .filter((path) => !path.startsWith('relay/') && path !== 'src/relay/protocol')
        .map((path) => `${file} imports ${path}`),
    );
    expect(reaches).toEqual([]);
  });

  it('the app loads the libraries only a running step needs on first use (src/operations/lazyLibraries.ts)', () => {
    const onFirstUse = ['zod', 'luxon', 'libphonenumber-js', 'form-data'];
    const eager = sourcesUnder('src').flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^import (?!type )[^;]*? from '([^']+)'/gm)]
        .map((m) => m[1]!)
        .filter((library) => onFirstUse.includes(library))
        .map((library) => `${file} imports ${library} as the app loads`),
    );
    expect(eager).toEqual([]);
  });
});
