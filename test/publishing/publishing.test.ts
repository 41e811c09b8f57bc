import { apiBaseUrl, marketplaceBaseUrl } from '../../src/config';
import { type Definition, appDefinition } from './definition';
import { type Listing, RULES, appDescription } from './rules';

/** Zapier's publishing checks over the app definition: each passes, and each can fail. */
let def: Definition;
beforeAll(async () => {
  def = await appDefinition();
});

// The URLs Zapier's users get: no GHL_BASE_URL override in this process.
const listing = (): Listing => ({
  def: structuredClone(def),
  description: appDescription(),
  codeUrls: [apiBaseUrl(), marketplaceBaseUrl()],
});

describe.each(RULES)('$code $title', (rule) => {
  it('holds for the app', () => {
    expect(rule.check(listing())).toEqual([]);
  });

  it('catches a definition that breaks it', () => {
    const broken = listing();
    rule.breaks(broken);
    expect(rule.check(broken).length).toBeGreaterThan(0);
  });
});
