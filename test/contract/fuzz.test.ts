import fc from 'fast-check';
import { appOperations, callsOf } from '../support/appOperations';
import { type GhlContract, ghlContract } from '../../contract/ghlContract';
import { hostileInputs } from './hostileInputs';
import { pathTemplate } from './pathTemplate';
import { authDataFor } from '../helpers';
import { runAgainstSpec } from './specAnsweredGhl';

/**
 * Every create and search, fed random and hostile input: each run either sends only requests
 * the spec accepts, to paths that stay within their template, or fails before sending anything
 * with an error that names the field to fix. Never a TypeError, never "undefined" in a URL.
 */
let contract: GhlContract;
beforeAll(async () => {
  contract = await ghlContract();
});

const RUNS = 40;
const targets = appOperations().filter((op) => op.kind !== 'triggers');

describe('hostile input never reaches GHL half-checked', () => {
  it.each(targets.map((op) => ({ name: `${op.kind}.${op.key}`, op })))('$name', async ({ op }) => {
    const labels = op.spec.inputs.map((i) => i.field.label ?? i.field.key);
    // Only the calls the operation declares may go out: its routes, lookups and inputs' reads.
    const templates = callsOf(op.spec).map((e) => pathTemplate(e.path));
    const outcomes = { sent: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(hostileInputs(op.spec), async (inputs) => {
        const { seen, error } = await runAgainstSpec(
          contract,
          (op.definition.operation as { perform: unknown }).perform,
          inputs,
          authDataFor(op.definition),
        );
        outcomes[error ? 'refused' : 'sent'] += 1;
        if (error && error.message.includes('HighLevel has no ')) {
          // A lookup found the record missing: GHL's data, not the input. Only valid reads went out.
          expect(seen.every((r) => r.method === 'GET' && r.errors.length === 0)).toBe(true);
          return;
        }
        if (error) {
          expect(error.name).not.toBe('TypeError');
          expect(seen).toEqual([]);
          const { message } = JSON.parse(error.message) as { message: string };
          expect(message).toMatch(/^Please fix the step's fields: /);
          expect(labels.some((label) => message.includes(`"${label}"`))).toBe(true);
          return;
        }
        expect(seen.length).toBeGreaterThan(0);
        for (const request of seen) {
          expect(request.errors).toEqual([]);
          expect(templates.some((t) => t.test(request.path))).toBe(true);
          if (!JSON.stringify(inputs).includes('undefined')) expect(request.url).not.toContain('undefined');
        }
      }),
      { numRuns: RUNS },
    );
    // Both branches were exercised, or the property proved little.
    expect(outcomes.sent).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
