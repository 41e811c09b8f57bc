import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { agencyConnection, eachTestConnected } from './sandboxApp';

/** Workflows, snapshots, followers and bulk business links over real loopback HTTP against the sandbox. */
describe('Workflows & Campaigns against the sandbox', () => {
  const app = eachTestConnected();

  it('enrols and removes a contact, follows it, links contacts to a business, and lists workflows and snapshots', async () => {
    const { run, sandbox } = app();
    const state = sandbox.locations.get(SANDBOX_LOCATION_ID)!;
    const [workflow] = await run('triggers', 'list_workflows', {});
    expect(workflow).toMatchObject({ id: 'wfNewLead0000000001', name: 'New SMS Lead Nurture' });
    expect(await (await agencyConnection(app())).run('triggers', 'list_snapshots', {})).toEqual([
      expect.objectContaining({ name: 'Dental Practice Starter' }),
    ]);
    const contact = await run('creates', 'create_contact', { firstName: 'Thandi', email: 'thandi@example.com' });
    const other = await run('creates', 'create_contact', { firstName: 'Sam', email: 'sam@example.com' });

    await run('creates', 'add_contact_to_workflow', {
      contactId: contact.id,
      workflowId: workflow.id,
      eventStartTime: '2026-12-01 09:30 +02:00',
    });
    expect([...state.workflowMembers.get(contact.id)!]).toEqual([workflow.id]);
    await run('creates', 'remove_contact_from_workflow', { contactId: contact.id, workflowId: workflow.id });
    expect(state.workflowMembers.get(contact.id)!.size).toBe(0);

    await expect(
      run('creates', 'add_contact_followers', { contactId: contact.id, followers: 'usrSipho000000000001' }),
    ).resolves.toMatchObject({ followersAdded: ['usrSipho000000000001'] });
    await expect(
      run('creates', 'remove_contact_followers', { contactId: contact.id, followers: 'usrSipho000000000001' }),
    ).resolves.toMatchObject({ followers: [] });

    await expect(
      run('creates', 'bulk_update_contact_business', {
        ids: [contact.id, other.id],
        businessId: 'bizMokoena0000000001',
      }),
    ).resolves.toMatchObject({ success: true });
    expect(
      (await run('triggers', 'get_contacts_by_business', { businessId: 'bizMokoena0000000001' }))
        .map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual([contact.id, other.id].sort());
  });
});
