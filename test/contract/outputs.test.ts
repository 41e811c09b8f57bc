import { type GhlContract, ghlContract } from '../../sandbox/contract/ghlContract';
import { schemaHasField } from '../../sandbox/contract/recordSchema';
import { appOperations, routesOf } from '../../sandbox/contract/appOperations';

/**
 * Every sample and output field the app shows in Zapier must be something GHL's documented
 * response declares, with the declared type.
 */
let contract: GhlContract;
beforeAll(async () => {
  contract = await ghlContract();
});

/**
 * Operations whose GHL response has no schema in the spec: nothing to check their samples
 * against. Listed so a new gap fails this test instead of passing quietly.
 */
const UNDOCUMENTED = new Set([
  'contacts.json#search-contacts-advanced', // POST /contacts/search: "200: Success", no body documented
  'contacts.json#get-duplicate-contact', // GET /contacts/search/duplicate: no 200 schema
]);

const cases = appOperations().flatMap((op) =>
  routesOf(op.spec).map((route) => ({ name: `${op.kind}.${op.key}${route.selectedBy ? ` (by ${route.selectedBy})` : ''}`, op, route })),
);

const operationOf = (method: string, template: string) =>
  contract.checkRequest({ method, path: template.replace(/\{[^}]+\}/g, 'x1') }).operation;

describe('samples and output fields exist in the GHL response schemas', () => {
  it.each(cases)('$name', ({ op, route }) => {
    const operation = operationOf(route.endpoint.method, route.endpoint.path);
    expect(operation).toBeDefined();
    const schema = contract.recordSchema(operation!, route.unwrap);
    if (UNDOCUMENTED.has(operation!)) {
      expect(schema).toBeUndefined();
      return;
    }
    expect(schema).toBeDefined();
    expect(contract.checkRecord(operation!, route.unwrap, op.spec.sample)).toEqual([]);
    const undeclared = op.spec.outputFields.map((f) => f.key).filter((key) => !schemaHasField(schema!, key));
    expect(undeclared).toEqual([]);
  });
});
