import { ACCESS_TOKEN, expectCall, run } from '../helpers';

/** One catalog row: what a person fills in, the exact request it must send, and what it returns. */
export interface Row {
  kind: 'triggers' | 'searches' | 'creates';
  key: string;
  input: Record<string, unknown>;
  method: string;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  reply: unknown;
  output: unknown;
  /** The Version header the spec names (default 2021-07-28). */
  version?: string;
}

/**
 * Every row end to end through zapier-platform-core with GHL mocked by nock: exactly one
 * request, with this method, path, query, body, bearer token and Version, and this output.
 */
export const describeRows = (rows: Row[]) =>
  describe.each(rows)('$kind.$key', (row) => {
    it(`sends ${row.method} ${row.path} and returns GHL's record`, async () => {
      const { sent } = expectCall(row.method, row.path, 200, row.reply);
      const output = await run(row.kind, row.key, row.input);
      expect(sent).toHaveLength(1);
      const [request] = sent;
      expect(request!.method).toBe(row.method);
      expect(request!.path).toBe(row.path);
      if (row.query) expect(request!.query).toEqual(row.query);
      expect(request!.body).toEqual(row.body);
      expect(request!.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
      expect(request!.headers.version).toBe(row.version ?? '2021-07-28');
      expect(output).toEqual(row.output);
    });
  });

/**
 * What an action returns when GHL's answer names no record of its own: the IDs it was given
 * (`id` too when it was given one ID), GHL's answer as it came, and one `success` flag for GHL's
 * three spellings of it.
 */
export const actedOn = (ids: Record<string, unknown>, answer: Record<string, unknown>) => {
  const keys = Object.keys(ids);
  const flag = [answer.succeded, answer.succeeded, answer.success].find((f) => typeof f === 'boolean');
  return {
    ...(keys.length === 1 && keys[0] !== 'id' ? { id: ids[keys[0]!] } : {}),
    ...ids,
    ...answer,
    ...(flag === undefined ? {} : { success: flag }),
  };
};
