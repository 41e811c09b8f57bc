import App from '../../index';
import { specOf } from '../../src/operations/define';
import { LINE_ITEMS_KEY } from '../../src/operations/findStep';
import type { SearchSpec } from '../../src/operations/spec';

/** The Find steps built from trigger reads: one definition, with every match as line items. */
const listFinds = Object.values(App.searches ?? {}).filter((search) => (specOf(search) as SearchSpec).matches);

describe('Find steps from trigger reads', () => {
  it('exist for the reads a Zap needs after its trigger', () => {
    expect(listFinds.map((s) => s.key)).toEqual(
      expect.arrayContaining([
        'find_contact_tasks',
        'find_opportunities',
        'find_conversation_messages',
        'find_free_slots',
      ]),
    );
  });

  it.each(listFinds.map((search) => [search.key, search] as const))(
    '%s declares its line items with the fields of one record, labelled in the plural',
    (_key, search) => {
      // A function is the location's custom fields by name, which Zapier asks for at run time.
      const fields = (search.operation.outputFields as unknown[]).filter((f) => typeof f === 'object') as Array<{
        key: string;
        label?: string;
        children?: unknown[];
      }>;
      const items = fields.find((f) => f.key === LINE_ITEMS_KEY)!;
      expect(items.children).toEqual(fields.filter((f) => f.key !== LINE_ITEMS_KEY && !f.children));
      expect(items.label).toMatch(/^All Matching [A-Z][a-z]+( [A-Z][a-z]+)*(s|ies)$/);
      expect(items.label).not.toMatch(/ys$/);
      expect((search.operation.sample as Record<string, unknown>)[LINE_ITEMS_KEY]).toHaveLength(1);
    },
  );
});
