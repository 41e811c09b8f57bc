import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { eachTestConnected } from './sandboxApp';

/** The Opportunities rows over real loopback HTTP against the sandbox. */
describe('Opportunities against the sandbox', () => {
  const app = eachTestConnected();

  const PIPELINE = 'pipDental0000000001';
  const dedupeKeys = (rows: Array<Record<string, unknown>>) =>
    rows.map((r) => `${r.id}|${r.pipelineStageId}|${r.lastStageChangeAt}`);

  it('creates a deal, moves it through stages, follows, wins and deletes it, with the triggers seeing each step', async () => {
    const { run, sandbox } = app();
    const pipelines = await run('triggers', 'list_pipelines', {});
    expect(pipelines.map((p: { id: string }) => p.id)).toContain(PIPELINE);
    const stages = await run('triggers', 'list_pipeline_stages', { pipelineId: PIPELINE });
    expect(stages.map((s: { name: string }) => s.name)).toEqual(['New Lead', 'Consultation Booked', 'Treated']);

    const contact = await run('creates', 'create_contact', { firstName: 'Thandi', email: 'thandi@example.com' });
    const deal = await run('creates', 'create_opportunity', {
      contactId: contact.id,
      pipelineId: PIPELINE,
      name: 'Whitening',
      status: 'open',
      monetaryValue: 'R 3,500.00',
    });
    expect(deal).toMatchObject({
      name: 'Whitening',
      monetaryValue: 3500,
      pipelineStageId: stages[0].id,
      contact: { id: contact.id },
    });

    const [newest] = await run('triggers', 'new_opportunity', { pipeline_id: PIPELINE });
    expect(newest.id).toBe(deal.id);
    const seen = new Set(dedupeKeys(await run('triggers', 'opportunity_stage_changed', {})));

    await run('creates', 'update_opportunity', {
      id: deal.id,
      pipelineStageId: stages[1].id,
      name: '',
      monetaryValue: '  ',
    });
    const afterMove = await run('triggers', 'opportunity_stage_changed', {});
    const fresh = dedupeKeys(afterMove).filter((key) => !seen.has(key));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toContain(`${deal.id}|${stages[1].id}|`);
    expect(afterMove[0]).toMatchObject({ name: 'Whitening', monetaryValue: 3500 });

    await expect(
      run('creates', 'add_opportunity_followers', {
        id: deal.id,
        followers: 'usrSipho000000000001, usrNaledi00000000002',
      }),
    ).resolves.toMatchObject({
      followersAdded: ['usrSipho000000000001', 'usrNaledi00000000002'],
    });
    await expect(
      run('creates', 'remove_opportunity_followers', { id: deal.id, followers: ['usrNaledi00000000002'] }),
    ).resolves.toMatchObject({
      followers: ['usrSipho000000000001'],
    });

    await run('creates', 'update_opportunity_status', {
      id: deal.id,
      status: 'lost',
      lostReasonId: 'lrPrice000000000001',
    });
    const upserted = await run('creates', 'upsert_opportunity', {
      id: deal.id,
      contactId: deal.contactId,
      pipelineId: PIPELINE,
      status: 'won',
    });
    expect(upserted).toMatchObject({
      id: deal.id,
      status: 'won',
      name: 'Whitening',
      lostReasonId: 'lrPrice000000000001',
    });
    // Without the ID, GHL goes by contact + pipeline: the same deal, not a second one.
    const byContact = await run('creates', 'upsert_opportunity', {
      contactId: deal.contactId,
      pipelineId: PIPELINE,
      monetaryValue: '4200',
    });
    expect(byContact).toMatchObject({ id: deal.id, monetaryValue: 4200 });
    const [read] = await run('triggers', 'get_opportunity', { id: deal.id });
    expect(read).toMatchObject({ status: 'won', pipelineStageId: stages[1].id });
    expect(await run('triggers', 'search_opportunities', { status: 'won', q: 'whiten' })).toHaveLength(1);

    await run('creates', 'delete_opportunity', { id: deal.id });
    await expect(run('triggers', 'get_opportunity', { id: deal.id })).rejects.toThrow(/could not find this record/);
    expect(sandbox.locations.get(SANDBOX_LOCATION_ID)!.opportunities.size).toBe(0);
  });

  it('explains a stage that is not in the chosen pipeline, before anything is stored', async () => {
    const contact = await app().run('creates', 'create_contact', { firstName: 'Sam', email: 'sam@example.com' });
    await expect(
      app().run('creates', 'create_opportunity', {
        contactId: contact.id,
        pipelineId: PIPELINE,
        pipelineStageId: 'stgOrthoLead0000004',
        name: 'X',
        status: 'open',
      }),
    ).rejects.toThrow(/is not a stage of pipeline Dental Leads/);
    expect(app().sandbox.locations.get(SANDBOX_LOCATION_ID)!.opportunities.size).toBe(0);
  });

  it("Opportunity Stage Changed sees a move of a deal older than the 100 newest, when its page's turn comes", async () => {
    const { run, sandbox } = app();
    const state = sandbox.locations.get(SANDBOX_LOCATION_ID)!;
    for (let i = 0; i < 250; i += 1) {
      const id = `opp${String(i).padStart(17, '0')}`;
      const at = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
      state.opportunities.set(id, {
        id,
        name: `Deal ${i}`,
        locationId: SANDBOX_LOCATION_ID,
        pipelineId: PIPELINE,
        pipelineStageId: 'stgNewLead000000001',
        status: 'open',
        createdAt: at,
        updatedAt: at,
        lastStageChangeAt: at,
        lastStatusChangeAt: at,
      });
    }
    await run('triggers', 'opportunity_stage_changed', { pipeline_id: PIPELINE }, { isPopulatingDedupe: true });
    // The oldest deal, on the last page of three, moves on.
    await run('creates', 'update_opportunity', { id: 'opp00000000000000000', pipelineStageId: 'stgBooked0000000002' });
    const seen: string[] = [];
    for (let poll = 0; poll < 2; poll += 1)
      seen.push(...dedupeKeys(await run('triggers', 'opportunity_stage_changed', { pipeline_id: PIPELINE })));
    expect(seen.some((key) => key.startsWith('opp00000000000000000|stgBooked0000000002|'))).toBe(true);
  });
});
