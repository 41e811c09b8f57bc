import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { eachTestConnected } from './sandboxApp';

/** The Businesses rows over real loopback HTTP against the sandbox. */
describe('Businesses against the sandbox', () => {
  const app = eachTestConnected();

  it('creates, reads, updates without erasing, lists and deletes a business', async () => {
    const { run } = app();
    const business = await run('creates', 'create_business', {
      name: 'Khumalo Optics',
      city: 'Durban',
      phone: '+27 31 555 0100',
    });
    expect(business).toMatchObject({ name: 'Khumalo Optics', phone: '+27315550100' });
    await run('creates', 'update_business', {
      businessId: business.id,
      website: 'https://khumalo.example.com',
      city: '',
    });
    const [read] = await run('triggers', 'get_business', { businessId: business.id });
    expect(read).toMatchObject({ city: 'Durban', website: 'https://khumalo.example.com' });
    expect((await run('triggers', 'list_businesses', {})).map((b: { id: string }) => b.id)).toContain(business.id);
    await run('creates', 'delete_business', { businessId: business.id });
    await expect(run('triggers', 'get_business', { businessId: business.id })).rejects.toThrow(/could not find/);
  });

  it('List Businesses fires for the 10,001st business, though GHL lists them oldest first', async () => {
    const { run, sandbox } = app();
    const state = sandbox.locations.get(SANDBOX_LOCATION_ID)!;
    state.businesses.length = 0;
    for (let i = 0; i < 10_000; i += 1) {
      state.businesses.push({
        id: `biz${String(i).padStart(16, '0')}`,
        name: `Practice ${i}`,
        locationId: SANDBOX_LOCATION_ID,
        createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      });
    }
    const reads = () => sandbox.counts.get('GET /businesses/') ?? 0;
    const seeded = await run('triggers', 'list_businesses', {}, { isPopulatingDedupe: true });
    expect(seeded[0]).toMatchObject({ name: 'Practice 9999' });

    const newest = await run('creates', 'create_business', { name: 'Khumalo Optics' });
    const before = reads();
    const [first] = await run('triggers', 'list_businesses', {});
    expect(first).toMatchObject({ id: newest.id, name: 'Khumalo Optics' });
    expect(reads() - before).toBeLessThanOrEqual(2);
  });
});
