import { SCOPES } from '../../src/auth/scopes';
import { appOperations, routesOf } from '../../sandbox/contract/appOperations';
import { type GhlContract, ghlContract } from '../../sandbox/contract/ghlContract';

/**
 * The consent screen asks for exactly what the app's endpoints need: every endpoint an
 * operation calls (its routes and lookups) is covered by the app's scopes, and no scope is
 * asked for that nothing uses.
 */
let contract: GhlContract;
beforeAll(async () => {
  contract = await ghlContract();
});

const endpointsOf = (op: ReturnType<typeof appOperations>[number]) => [...routesOf(op.spec).map((r) => r.endpoint), ...(op.spec.lookup?.calls ?? [])];
const operationOf = (method: string, path: string) => contract.operationAt(method, path)!;

describe('OAuth scopes', () => {
  it.each(appOperations().map((op) => ({ name: `${op.kind}.${op.key}`, op })))('$name is covered', ({ op }) => {
    for (const endpoint of endpointsOf(op)) {
      const operation = operationOf(endpoint.method, endpoint.path);
      const covered = contract.allows(operation, SCOPES);
      expect({ endpoint: `${endpoint.method} ${endpoint.path}`, covered, alternatives: contract.scopeAlternatives(operation) }).toMatchObject({ covered: true });
    }
  });

  it('asks for no scope that no operation needs', () => {
    const used = new Set(appOperations().flatMap((op) => endpointsOf(op).flatMap((e) => contract.scopeAlternatives(operationOf(e.method, e.path)).flat())));
    expect(SCOPES.filter((scope) => !used.has(scope))).toEqual([]);
  });

  it('says in the description when an operation needs an agency connection', () => {
    const agencyOnly = appOperations().filter((op) =>
      endpointsOf(op).some((e) => {
        const ref = operationOf(e.method, e.path);
        const security = contract.securityOf(ref);
        return security.length > 0 && security.every((requirement) => Object.keys(requirement).every((kind) => kind === 'Agency-Access'));
      }),
    );
    expect(agencyOnly.length).toBeGreaterThan(0);
    expect(agencyOnly.filter((op) => !op.spec.description.includes('Needs a connection made by an agency user.')).map((op) => op.key)).toEqual([]);
  });
});
