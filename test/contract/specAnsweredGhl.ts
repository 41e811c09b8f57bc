import nock from 'nock';
import { type GhlContract, queryObject } from '../../contract/ghlContract';
import { appTester, bundleWith, API } from '../helpers';

export interface Seen {
  method: string;
  path: string;
  url: string;
  operation?: string;
  errors: string[];
}

/**
 * Runs one operation with GHL answered by nock from the spec: every request is checked against
 * the contract and answered with a spec-generated success. Returns what was sent and what the
 * operation returned or threw.
 */
export const runAgainstSpec = async (
  contract: GhlContract,
  perform: unknown,
  inputData: Record<string, unknown>,
  auth: Record<string, unknown>,
) => {
  const seen: Seen[] = [];
  // Another test file in this worker may have restored the real network stack when it ended.
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
    nock(API)
      .persist()
      .intercept(() => true, method)
      .reply(function (uri, body) {
        const url = new URL(uri, API);
        // nock hands over a JSON body already parsed, and an absent body as "".
        const json = typeof body === 'string' ? (body ? JSON.parse(body) : undefined) : body;
        const check = contract.checkRequest({
          method,
          path: url.pathname,
          query: queryObject(url.searchParams),
          headers: this.req.headers,
          body: json,
        });
        seen.push({ method, path: url.pathname, url: uri, ...check });
        if (!check.operation) return [404, { message: 'not in the spec' }];
        const { status, body: reply } = contract.mockSuccess(check.operation);
        return [status, reply as nock.Body];
      });
  }
  try {
    const output = await appTester(perform as never, bundleWith(inputData, {}, auth));
    return { seen, output, error: undefined as Error | undefined };
  } catch (error) {
    return { seen, output: undefined, error: error as Error };
  } finally {
    nock.cleanAll();
  }
};
