import { writeFileSync } from 'node:fs';
import { connectWithZapierCli } from '../../sandbox/connectCli';
import { SANDBOX_SECOND_LOCATION_ID } from '../../sandbox/server';
import { ZAPIER_CLI, cliAppFolder, invoke, startSandboxCli } from '../support/zapierCli';

// Zapier's CLI starts a fresh Node process for every command.
jest.setTimeout(120_000);

/**
 * The README's local loop, step by step, with Zapier's own CLI: the sandbox writes `.env`,
 * `auth start` connects through the consent page, then `invoke` runs a trigger and an action.
 */
describe('the local loop with zapier-platform invoke', () => {
  const app = cliAppFolder();
  let sandbox: Awaited<ReturnType<typeof startSandboxCli>>;
  beforeAll(async () => {
    sandbox = await startSandboxCli(app.envFile);
  });
  afterAll(async () => {
    await sandbox?.stop();
    app.remove();
  });

  it('connects with auth start, then runs new_contact and create_contact', async () => {
    expect(app.env()).toContain(`GHL_BASE_URL='${sandbox.url}'`);
    await connectWithZapierCli(app.dir, ZAPIER_CLI);
    expect(app.env()).toMatch(/^authData_access_token='at_\w+'$/m);
    expect(app.env()).toMatch(/^authData_locationId='\w+'$/m);

    await expect(invoke(app.dir, 'auth', 'test')).resolves.toMatchObject({ name: 'Mokoena Dental (sandbox)' });
    const created = (await invoke(app.dir, 'create', 'create_contact', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
    })) as { id: string };
    expect(created).toMatchObject({ id: expect.any(String), firstName: 'Ada' });
    await expect(invoke(app.dir, 'trigger', 'new_contact')).resolves.toEqual([
      expect.objectContaining({ id: created.id, email: 'ada@example.com' }),
    ]);
  });

  it('with no connection yet, says to run npm run connect', async () => {
    const fresh = cliAppFolder();
    try {
      const sandboxOnly = app
        .env()
        .split('\n')
        .filter((line) => !line.startsWith('authData_'));
      writeFileSync(fresh.envFile, sandboxOnly.join('\n'));
      await expect(invoke(fresh.dir, 'trigger', 'new_contact')).rejects.toThrow(
        /has no HighLevel connection.*Run `npm run connect`/,
      );
    } finally {
      fresh.remove();
    }
  });

  it('tells the developer to run auth refresh when the token in .env has expired', async () => {
    await connectWithZapierCli(app.dir, ZAPIER_CLI);
    await fetch(`${sandbox.url}/__sandbox/expire-tokens`, { method: 'POST', body: '{}' });
    await expect(invoke(app.dir, 'trigger', 'new_contact')).rejects.toThrow(
      /access token in \.env has expired: run `npx zapier-platform invoke auth refresh`/,
    );
    await invoke(app.dir, 'auth', 'refresh');
    await expect(invoke(app.dir, 'auth', 'test')).resolves.toMatchObject({ name: 'Mokoena Dental (sandbox)' });
  });

  it('connects again as the agency or another sub-account, replacing the connection in .env', async () => {
    const lines = (prefix: string) =>
      app
        .env()
        .split('\n')
        .filter((line) => line.startsWith(prefix));
    await connectWithZapierCli(app.dir, ZAPIER_CLI, 'agency');
    expect(lines('authData_access_token=')).toHaveLength(1);
    expect(lines('authData_userType=')).toEqual(["authData_userType='Company'"]);
    expect(lines('authData_locationId=')).toEqual([]);
    expect(app.env()).toContain(`GHL_BASE_URL='${sandbox.url}'`);

    await connectWithZapierCli(app.dir, ZAPIER_CLI, 'Mokoena Dental Sandton');
    expect(lines('authData_access_token=')).toHaveLength(1);
    expect(lines('authData_locationId=')).toEqual([`authData_locationId='${SANDBOX_SECOND_LOCATION_ID}'`]);
    await expect(invoke(app.dir, 'auth', 'test')).resolves.toMatchObject({ name: 'Mokoena Dental Sandton (sandbox)' });

    const before = app.env();
    await expect(connectWithZapierCli(app.dir, ZAPIER_CLI, 'Nowhere Dental')).rejects.toThrow(
      /no sub-account "Nowhere Dental"; it has "mokoena dental", "mokoena dental sandton"/,
    );
    expect(app.env()).toBe(before);
  });

  it('names the missing settings instead of dumping the bundle', async () => {
    const bare = cliAppFolder();
    try {
      writeFileSync(bare.envFile, "GHL_BASE_URL='http://127.0.0.1:9'\nauthData_refresh_token='rt_unused'\n");
      const failed = invoke(bare.dir, 'auth', 'refresh');
      await expect(failed).rejects.toThrow(/missing its CLIENT_ID and CLIENT_SECRET environment variables/);
      await expect(failed).rejects.not.toThrow(/What happened|bundle/);
    } finally {
      bare.remove();
    }
  });
});
