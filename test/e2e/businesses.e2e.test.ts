import { eachTestConnected } from './sandboxApp';

/** The Businesses rows over real loopback HTTP against the sandbox. */
describe('Businesses against the sandbox', () => {
  const app = eachTestConnected();

  it('creates, reads, updates without erasing, lists and deletes a business', async () => {
    const { run } = app();
    const business = await run('creates', 'create_business', { name: 'Khumalo Optics', city: 'Durban', phone: '+27 31 555 0100' });
    expect(business).toMatchObject({ name: 'Khumalo Optics', phone: '+27315550100' });
    await run('creates', 'update_business', { businessId: business.id, website: 'https://khumalo.example.com', city: '' });
    const [read] = await run('triggers', 'get_business', { businessId: business.id });
    expect(read).toMatchObject({ city: 'Durban', website: 'https://khumalo.example.com' });
    expect((await run('triggers', 'list_businesses', {})).map((b: { id: string }) => b.id)).toContain(business.id);
    await run('creates', 'delete_business', { businessId: business.id });
    await expect(run('triggers', 'get_business', { businessId: business.id })).rejects.toThrow(/could not find/);
  });
});
