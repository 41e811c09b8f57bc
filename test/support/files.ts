import type { Bundle, ZObject } from 'zapier-platform-core';
import { downloadGhlFile } from '../../src/operations/files';
import { specOf } from '../../src/operations/define';

/** What a dehydrated file pointer ("hydrate|||{…}|||hydrate") asks the hydrator to fetch. */
export const filePointer = (pointer: unknown): { method: string; bundle: Record<string, unknown> } => {
  const match = /^hydrate\|\|\|(.*)\|\|\|hydrate$/s.exec(String(pointer));
  if (!match) throw new Error(`Not a file pointer: ${String(pointer)}`);
  return JSON.parse(match[1]!);
};

/**
 * A perform that also follows each file pointer its rows carry, as Zapier does when a later
 * step uses the file. Stashing (Zapier's RPC service, absent offline) is replaced by reading the
 * download, so the test sees what would be stored.
 */
export const performFollowingFiles =
  (operation: object, perform: (z: ZObject, bundle: Bundle) => Promise<unknown>) =>
  async (z: ZObject, bundle: Bundle) => {
    const rows = (await perform(z, bundle)) as Array<Record<string, unknown>>;
    const file = specOf(operation)?.file;
    if (!file) return rows;
    const stashed: Array<{ name?: string; bytes: Buffer }> = [];
    const stash = async (download: unknown, _length?: number, name?: string) => {
      const response = (await download) as { buffer: () => Promise<Buffer> };
      stashed.push({ name, bytes: await response.buffer() });
      return `stashed:${name}`;
    };
    Object.assign(z, { stashFile: stash });
    for (const row of rows) {
      const { method, bundle: inputData } = filePointer(row[file.key]);
      expect(method).toBe('hydrators.downloadGhlFile');
      row[file.key] = await downloadGhlFile(z, { ...bundle, inputData } as Bundle);
    }
    return { rows, stashed: stashed.map(({ name, bytes }) => ({ name, text: bytes.toString('utf8') })) };
  };
