import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractSnapshot } from './shape';

/** The committed snapshot's folder, in the source tree whether this runs from there or from dist/. */
export const SNAPSHOT_DIR = __filename.endsWith('.ts')
  ? join(__dirname, 'ghl')
  : join(__dirname, '..', '..', '..', 'contract', 'snapshot', 'ghl');

const PARTS = ['source', 'common', 'scopes', 'webhooks'] as const;

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
/** One key per line, so a change in GHL's contract reads as a small diff. */
const jsonText = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

export const readSnapshot = (dir = SNAPSHOT_DIR): ContractSnapshot => {
  const apps = join(dir, 'apps');
  const parts = Object.fromEntries(PARTS.map((part) => [part, readJson(join(dir, `${part}.json`))]));
  return {
    ...(parts as Omit<ContractSnapshot, 'apps'>),
    apps: Object.fromEntries(
      readdirSync(apps)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => [file, readJson(join(apps, file))]),
    ) as ContractSnapshot['apps'],
  };
};

/** Replaces the folder's snapshot with this one (a spec GHL removed leaves no file behind). */
export const writeSnapshot = (snapshot: ContractSnapshot, dir = SNAPSHOT_DIR) => {
  rmSync(join(dir, 'apps'), { recursive: true, force: true });
  mkdirSync(join(dir, 'apps'), { recursive: true });
  for (const part of PARTS) writeFileSync(join(dir, `${part}.json`), jsonText(snapshot[part]));
  for (const [file, doc] of Object.entries(snapshot.apps)) writeFileSync(join(dir, 'apps', file), jsonText(doc));
};

let loaded: ContractSnapshot | undefined;
/** The committed snapshot, read once per process. */
export const ghlSnapshot = (): ContractSnapshot => (loaded ??= readSnapshot());
