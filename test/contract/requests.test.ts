import nock from 'nock';
import { type GhlContract, ghlContract, queryObject } from '../../sandbox/contract/ghlContract';
import { API, bundleWith, appTester } from '../helpers';
import { type AppOperation, appOperations, exampleInputs, routesOf } from '../../sandbox/contract/appOperations';

/**
 * Runs every operation the app defines, with inputs built from each field's example, against
 * answers generated from GHL's OpenAPI specs, and checks every request it sends against them:
 * method and path, path and query parameters, JSON body and the Version header.
 */
let contract: GhlContract;
beforeAll(async () => {
  contract = await ghlContract();
});

interface Seen {
  method: string;
  path: string;
  operation?: string;
  errors: string[];
}

/** Answers every request to GHL with a spec-generated success, recording what the spec says of it. */
const interceptGhl = (): Seen[] => {
  const seen: Seen[] = [];
  for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
    nock(API)
      .persist()
      .intercept(() => true, method)
      .reply(function (uri, body) {
        const url = new URL(uri, API);
        const query = queryObject(url.searchParams);
        // nock hands over a JSON body already parsed, and an absent body as "".
        const json = typeof body === 'string' ? (body ? JSON.parse(body) : undefined) : body;
        const check = contract.checkRequest({ method, path: url.pathname, query, headers: this.req.headers, body: json });
        seen.push({ method, path: url.pathname, ...check });
        if (!check.operation) return [404, { message: 'not in the spec' }];
        const { status, body: reply } = contract.mockSuccess(check.operation);
        return [status, reply as nock.Body];
      });
  }
  return seen;
};

const cases = appOperations().flatMap((op) =>
  routesOf(op.spec).map((route) => ({
    name: `${op.kind}.${op.key}${route.selectedBy ? ` (by ${route.selectedBy})` : ''}`,
    op,
    route,
  })),
);

const customFieldExample = (op: AppOperation) =>
  op.spec.dynamicInputs?.length ? { customField__cfBranch000000000001: 'Sandton' } : {};

describe('every request the app sends is valid against the GHL OpenAPI specs', () => {
  it('covers every operation the app defines', () => {
    expect(cases.length).toBeGreaterThanOrEqual(appOperations().length);
  });

  it.each(cases)('$name', async ({ op, route }) => {
    const seen = interceptGhl();
    const inputData = { ...exampleInputs(op.spec, route.selectedBy), ...customFieldExample(op) };
    try {
      await appTester((op.definition.operation as { perform: never }).perform, bundleWith(inputData));
    } finally {
      nock.cleanAll();
    }

    expect(seen.length).toBeGreaterThan(0);
    for (const request of seen) {
      expect({ request: `${request.method} ${request.path}`, errors: request.errors }).toEqual({
        request: `${request.method} ${request.path}`,
        errors: [],
      });
    }
    // The request went where the operation's route says, with every path parameter filled.
    const template = new RegExp(`^${route.endpoint.path.replace(/\/$/, '').replace(/\{[^}]+\}/g, '[A-Za-z0-9_-]+')}/?$`);
    expect(seen.some((r) => r.method === route.endpoint.method && template.test(r.path))).toBe(true);
  });
});
