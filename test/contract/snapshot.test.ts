import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSnapshot } from '../../contract/snapshot/files';
import { snapshotFromSpecs, withoutProse } from '../../contract/snapshot/fromSpecs';

/**
 * The committed snapshot is what `npm run contract:snapshot` makes from GHL's published files,
 * whenever a checkout of them is at hand (GHL_OPENAPI_DIR, default ../shared/ghl-openapi); a
 * clone with nothing beside it runs on the snapshot alone.
 */
const specsDir = resolve(process.env.GHL_OPENAPI_DIR ?? resolve(__dirname, '..', '..', '..', 'shared', 'ghl-openapi'));
const checkoutAtHand = existsSync(resolve(specsDir, 'apps'));

describe("GHL's contract snapshot", () => {
  (checkoutAtHand ? it : it.skip)('equals what the generator makes from the checkout of GHL’s specs', () => {
    const committed = readSnapshot();
    expect(snapshotFromSpecs(specsDir, committed.source.commit)).toEqual(committed);
  });

  it('names its source and holds every spec the app and sandbox read, the newer apps/ files included', () => {
    const { source, apps, scopes, webhooks } = readSnapshot();
    expect(source).toEqual({ repository: 'GoHighLevel/highlevel-api-docs', commit: '0af86a4' });
    for (const file of ['contacts.json', 'forms.json', 'surveys.json', 'medias.json', 'phone-system.json'])
      expect(Object.keys(apps[file]?.paths ?? {}).length).toBeGreaterThan(0);
    expect(scopes.some((row) => row.scope === 'contacts.write')).toBe(true);
    expect(Object.keys(webhooks)).toContain('InboundMessage');
  });

  it('keeps no prose: text descriptions and summaries go, a property named "description" stays', () => {
    const schema = {
      summary: 'Create Task',
      description: 'Creates a task.',
      properties: { description: { type: 'string', description: 'The task text' } },
    };
    expect(withoutProse(schema)).toEqual({ properties: { description: { type: 'string' } } });
    expect(JSON.stringify(readSnapshot().apps)).not.toMatch(/"(description|summary)":"/);
  });
});
