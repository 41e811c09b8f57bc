import { type AppOperation, appOperations, exampleInputs, routesOf } from '../support/appOperations';
import { type GhlContract, ghlContract } from '../../contract/ghlContract';
import { performFollowingFiles } from '../support/files';
import { pathTemplate } from './pathTemplate';
import { authDataFor } from '../helpers';
import { runAgainstSpec } from './specAnsweredGhl';

/**
 * Runs every operation the app defines, with inputs built from each field's example, against
 * answers generated from GHL's OpenAPI specs, and checks every request it sends against them:
 * method and path, path and query parameters, JSON body and the Version header.
 */
let contract: GhlContract;
beforeAll(async () => {
  contract = await ghlContract();
});

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
    const inputData = { ...exampleInputs(op.spec, route.selectedBy), ...customFieldExample(op) };
    // A file trigger's download happens when a later step uses the file: follow it too.
    const perform = performFollowingFiles(op.definition, (op.definition.operation as { perform: never }).perform);
    const { seen, error } = await runAgainstSpec(contract, perform, inputData, authDataFor(op.definition));
    expect(error).toBeUndefined();
    expect(seen.length).toBeGreaterThan(0);
    for (const request of seen) {
      expect({ request: `${request.method} ${request.path}`, errors: request.errors }).toEqual({
        request: `${request.method} ${request.path}`,
        errors: [],
      });
    }
    // The request went where the operation's route says, with every path parameter filled.
    const template = pathTemplate(route.endpoint.path);
    expect(seen.some((r) => r.method === route.endpoint.method && template.test(r.path))).toBe(true);
  });
});
