import { agencyConnection, eachTestConnected } from './sandboxApp';

/** The Users rows over real loopback HTTP against the sandbox. */
describe('Users against the sandbox', () => {
  const app = eachTestConnected();

  it('creates a team member without asking for a password, finds, updates and deletes them', async () => {
    const { run } = app();
    const user = await run('creates', 'create_user', {
      firstName: 'Lerato',
      lastName: 'Khumalo',
      email: 'Lerato@Example.com',
      role: 'user',
    });
    expect(user).toMatchObject({ name: 'Lerato Khumalo', email: 'lerato@example.com' });
    expect(
      await (
        await agencyConnection(app())
      ).run('triggers', 'filter_users_by_email', { emails: 'lerato@example.com, nobody@example.com' }),
    ).toEqual([expect.objectContaining({ id: user.id })]);
    await run('creates', 'update_user', { userId: user.id, phone: '+27 21 555 0199', firstName: '' });
    await expect(run('triggers', 'get_user', { userId: user.id })).resolves.toEqual([
      expect.objectContaining({ firstName: 'Lerato', phone: '+27215550199' }),
    ]);
    expect((await run('triggers', 'list_users_by_location', {})).map((u: { id: string }) => u.id)).toContain(user.id);
    await expect(run('creates', 'delete_user', { userId: user.id })).resolves.toMatchObject({ succeded: true });
    await expect(run('triggers', 'get_user', { userId: user.id })).rejects.toThrow(/could not find/);
  });
});
