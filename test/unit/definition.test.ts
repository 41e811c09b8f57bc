import App from '../../index';
import { GHL_BURST_LIMIT, PACE_GROUPS, maxRequestsOf } from '../../src/operations/pace';
import { appOperations } from '../support/appOperations';

/** The app's shape as Zapier sees it: the operation keys other tools check the app by, dropdowns that resolve, one search-or-create. */
const CONTACT_KEYS = {
  triggers: [
    'get_contact',
    'search_contacts',
    'get_contacts_by_business',
    'get_duplicate_contact',
    'get_contact_appointments',
    'get_contact_tasks',
    'get_contact_task',
    'get_contact_notes',
    'get_contact_note',
    'list_contacts',
    'new_contact',
    'updated_contact',
  ],
  searches: ['find_contact'],
  creates: [
    'create_contact',
    'update_contact',
    'delete_contact',
    'upsert_contact',
    'add_contact_tags',
    'remove_contact_tags',
    'bulk_update_contact_tags',
    'create_contact_task',
    'update_contact_task',
    'complete_contact_task',
    'delete_contact_task',
    'create_contact_note',
    'update_contact_note',
    'delete_contact_note',
    'add_contact_to_campaign',
    'remove_contact_from_campaign',
    'remove_contact_from_all_campaigns',
  ],
} as const;

type Op = { key: string; operation: { inputFields?: unknown[] } };

describe('app definition', () => {
  it.each(Object.entries(CONTACT_KEYS))('offers every Contacts %s row by its catalog key', (kind, keys) => {
    const defined = Object.keys((App as unknown as Record<string, Record<string, unknown>>)[kind] ?? {});
    expect(defined).toEqual(expect.arrayContaining([...keys]));
  });

  it('points every dynamic dropdown and search connector at an operation that exists', () => {
    const all = [
      ...Object.values(App.triggers ?? {}),
      ...Object.values(App.searches ?? {}),
      ...Object.values(App.creates ?? {}),
    ] as Op[];
    const fields = all.flatMap((op) =>
      (op.operation.inputFields ?? []).filter((f): f is { dynamic?: string; search?: string } => typeof f === 'object'),
    );
    const dynamics = fields.map((f) => f.dynamic).filter(Boolean) as string[];
    const searches = fields.map((f) => f.search).filter(Boolean) as string[];
    expect(dynamics.length).toBeGreaterThan(10);
    for (const ref of dynamics) expect(Object.keys(App.triggers ?? {})).toContain(ref.split('.')[0]);
    for (const ref of searches) expect(Object.keys(App.searches ?? {})).toContain(ref.split('.')[0]);
  });

  it('makes each dependent dropdown (a task of the contact, a stage of the pipeline) depend on a field of its own step', () => {
    const all = [
      ...Object.values(App.triggers ?? {}),
      ...Object.values(App.searches ?? {}),
      ...Object.values(App.creates ?? {}),
    ] as Op[];
    const dependent = all.flatMap((op) => {
      const fields = (op.operation.inputFields ?? []).filter(
        (f): f is { key: string; dependsOn?: string[] } => typeof f === 'object',
      );
      const keys = new Set(fields.map((f) => f.key));
      return fields
        .filter((f) => f.dependsOn)
        .map((f) => ({ op: op.key, field: f.key, missing: f.dependsOn!.filter((k) => !keys.has(k)) }));
    });
    expect(dependent.length).toBeGreaterThanOrEqual(10);
    expect(dependent.filter((d) => d.missing.length)).toEqual([]);
  });

  it('pairs Find Contact with Create Contact (Unless It Exists) as Find or Create Contact', () => {
    expect(App.searchOrCreates?.find_contact).toMatchObject({
      search: 'find_contact',
      create: 'create_contact_unless_exists',
      display: { label: 'Find or Create Contact' },
    });
  });

  it('labels the deprecated endpoint and hides it from new Zaps', () => {
    expect(App.triggers!.list_contacts!.display).toMatchObject({ label: 'List Contacts (Deprecated)', hidden: true });
  });
});

describe("GHL's pace and one contact per number", () => {
  const actions = appOperations().filter((op) => op.kind !== 'triggers');
  const settings = (op: (typeof actions)[number]) =>
    op.definition.operation as { throttle?: Record<string, unknown>; lock?: Record<string, unknown> };

  it("keeps every group's requests within half of GHL's burst limit, leaving room for polling", () => {
    const perWindow = PACE_GROUPS.reduce((sum, g) => sum + g.maxRequests * g.runsPerWindow, 0);
    expect(perWindow).toBeLessThanOrEqual(GHL_BURST_LIMIT.requests / 2);
  });

  it.each(actions.map((op) => [`${op.kind}.${op.key}`, op] as const))(
    '%s is throttled per connection, in the group its requests put it in',
    (_name, op) => {
      const group = PACE_GROUPS.find((g) => maxRequestsOf(op.spec) <= g.maxRequests)!;
      expect(settings(op).throttle).toEqual({
        window: GHL_BURST_LIMIT.windowSeconds,
        limit: group.runsPerWindow,
        key: `ghl-burst-${group.name}`,
        scope: ['auth'],
        retry: true,
      });
    },
  );

  it('puts the heavier message steps in the heavy group', () => {
    const heavy = actions.filter((op) => maxRequestsOf(op.spec) > PACE_GROUPS[0]!.maxRequests).map((op) => op.key);
    expect(heavy).toEqual(expect.arrayContaining(['add_inbound_message']));
  });

  it('locks every step that can create a contact from a phone or email, per connection, keyed on both', () => {
    const locked = actions.filter((op) => settings(op).lock).map((op) => op.key);
    expect(locked.sort()).toEqual(['create_contact', 'create_contact_unless_exists', 'upsert_contact']);
    for (const key of locked) {
      expect(settings(actions.find((op) => op.key === key)!).lock).toEqual({
        key: 'ghl-contact:{{bundle.inputData.phone}}:{{bundle.inputData.email}}',
        scope: ['auth'],
        timeout: 60,
      });
    }
  });
});
