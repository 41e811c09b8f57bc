import { TEST_CALLS } from '../../src/auth/authentication';
import { EVENT_SCOPES, SCOPES, scopeFor } from '../../src/auth/scopes';
import { INSTANT_EVENTS } from '../../src/relay/protocol';
import type { Endpoint } from '../../src/http/endpoint';
import { appOperations, callsOf } from '../support/appOperations';
import { type GhlContract, ghlContract } from '../../contract/ghlContract';
import { type ScopeRow, documentedScopes, loadScopeTable } from '../../contract/scopeTable';

/**
 * The consent screen asks for exactly what the app's endpoints need: the scope the app names
 * for each endpoint it calls (every call its operations declare, the connection test, the
 * location token) is one GHL documents for it, in the OpenAPI files or in GHL's scope table;
 * every endpoint is covered; and no scope is asked for that nothing uses.
 */
let contract: GhlContract;
let table: ScopeRow[];
beforeAll(async () => {
  contract = await ghlContract();
  table = loadScopeTable();
});

const operationEndpoints = (op: ReturnType<typeof appOperations>[number]) => callsOf(op.spec);
/** Calls the app makes outside its operations: the connection test, the agency's location token. */
const connectionEndpoints: Endpoint[] = [
  TEST_CALLS.agency,
  TEST_CALLS.subAccount,
  { method: 'POST', path: '/oauth/locationToken' },
];
const allEndpoints = () => [...appOperations().flatMap(operationEndpoints), ...connectionEndpoints];
const documented = (e: Endpoint) => {
  const ref = contract.operationAt(e.method, e.path);
  return [
    ...new Set([...(ref ? contract.scopeAlternatives(ref).flat() : []), ...documentedScopes(table, e.method, e.path)]),
  ];
};

describe('OAuth scopes', () => {
  it.each(appOperations().map((op) => ({ name: `${op.kind}.${op.key}`, op })))('$name is covered', ({ op }) => {
    for (const endpoint of operationEndpoints(op)) {
      const operation = contract.operationAt(endpoint.method, endpoint.path)!;
      expect({
        endpoint: `${endpoint.method} ${endpoint.path}`,
        covered: contract.allows(operation, SCOPES),
        alternatives: contract.scopeAlternatives(operation),
      }).toMatchObject({ covered: true });
    }
  });

  it('names, for every endpoint the app calls, a scope GHL documents for it', () => {
    const wrong = allEndpoints()
      .map((e) => ({ endpoint: `${e.method} ${e.path}`, named: scopeFor(e.method, e.path), documented: documented(e) }))
      .filter(({ named, documented: known }) => !named || (known.length > 0 && !known.includes(named)));
    expect(wrong).toEqual([]);
  });

  it.each(INSTANT_EVENTS.map((event) => ({ event })))('asks for the scope of the $event webhook', ({ event }) => {
    const documentedForEvent = table.filter((row) => row.event === event).map((row) => row.scope);
    expect(SCOPES).toContain(EVENT_SCOPES[event]);
    if (documentedForEvent.length) expect(documentedForEvent).toContain(EVENT_SCOPES[event]);
  });

  it("asks for the scopes GHL's table names beyond the OpenAPI files", () => {
    expect(SCOPES).toEqual(expect.arrayContaining(['snapshots.readonly', 'oauth.readonly', 'oauth.write']));
  });

  it('asks for no scope that no endpoint needs', () => {
    const used = new Set(allEndpoints().map((e) => scopeFor(e.method, e.path)));
    expect(SCOPES.filter((scope) => !used.has(scope))).toEqual([]);
  });

  it('marks every operation GHL serves only to agency tokens as agency-only, and says so', () => {
    const agencyOnly = appOperations().filter((op) =>
      operationEndpoints(op).some((e) => {
        const security = contract.securityOf(contract.operationAt(e.method, e.path)!);
        return (
          security.length > 0 &&
          security.every((requirement) => Object.keys(requirement).every((kind) => kind.startsWith('Agency-Access')))
        );
      }),
    );
    expect(agencyOnly.length).toBeGreaterThan(0);
    expect(
      agencyOnly
        .filter(
          (op) =>
            op.spec.audience !== 'agency' ||
            !op.spec.description.includes('Needs a connection made by an agency user.'),
        )
        .map((op) => op.key),
    ).toEqual([]);
  });
});
