import App from '../../index';
import { LOCATION_ID, appTester, bundleWith, expectCall, operation, run } from '../helpers';
import { type Row, actedOn, describeRows } from './rowTable';

/** Every Opportunities row: the exact request each sends and the output it returns. */
const O = 'yWQobCRIhRguQtD2llvk';
const P = 'VDm7RPYC2GLUvdpKmBfC';
const C = 'seD4PfOuKoVMLkEZqohJ';
const deal = {
  id: O,
  name: 'Whitening',
  monetaryValue: 3500,
  pipelineId: P,
  pipelineStageId: 'stg1',
  status: 'open',
  createdAt: '2026-11-21T10:00:00.000Z',
};
const older = { ...deal, id: 'older', createdAt: '2026-11-20T10:00:00.000Z' };
const pipeline = {
  id: P,
  name: 'Dental Leads',
  stages: [
    { id: 'stg1', name: 'New Lead', position: 0 },
    { id: 'stg2', name: 'Booked', position: 1 },
  ],
};
const search = (extra: Record<string, string> = {}) => ({
  location_id: LOCATION_ID,
  order: 'added_desc',
  limit: '100',
  ...extra,
});

const rows: Row[] = [
  {
    kind: 'triggers',
    key: 'new_opportunity',
    input: { pipeline_id: P },
    method: 'GET',
    path: '/opportunities/search',
    query: search({ pipeline_id: P }),
    reply: { opportunities: [older, deal] },
    output: [deal, older],
  },
  {
    kind: 'triggers',
    key: 'opportunity_stage_changed',
    input: {},
    method: 'GET',
    path: '/opportunities/search',
    query: search({ page: '1' }),
    reply: {
      opportunities: [
        { ...older, lastStageChangeAt: '2026-11-22T09:00:00.000Z' },
        { ...deal, lastStageChangeAt: '2026-11-21T10:00:00.000Z' },
      ],
    },
    output: [
      { ...older, lastStageChangeAt: '2026-11-22T09:00:00.000Z' },
      { ...deal, lastStageChangeAt: '2026-11-21T10:00:00.000Z' },
    ],
  },
  {
    kind: 'triggers',
    key: 'search_opportunities',
    input: { q: ' whitening ', status: 'won', contact_id: C, assigned_to: '' },
    method: 'GET',
    path: '/opportunities/search',
    query: search({ q: 'whitening', status: 'won', contact_id: C }),
    reply: { opportunities: [deal] },
    output: [deal],
  },
  {
    kind: 'triggers',
    key: 'get_opportunity',
    input: { id: O },
    method: 'GET',
    path: `/opportunities/${O}`,
    query: {},
    reply: { opportunity: deal },
    output: [deal],
  },
  {
    kind: 'triggers',
    key: 'list_pipelines',
    input: {},
    method: 'GET',
    path: '/opportunities/pipelines',
    query: { locationId: LOCATION_ID },
    reply: { pipelines: [pipeline] },
    output: [pipeline],
  },
  {
    kind: 'triggers',
    key: 'list_pipeline_stages',
    input: { pipelineId: P },
    method: 'GET',
    path: '/opportunities/pipelines',
    query: { locationId: LOCATION_ID },
    reply: { pipelines: [pipeline, { id: 'other', name: 'Other', stages: [{ id: 'x', name: 'X' }] }] },
    output: [
      { id: 'stg1', name: 'New Lead', position: 0, pipelineId: P, pipelineName: 'Dental Leads' },
      { id: 'stg2', name: 'Booked', position: 1, pipelineId: P, pipelineName: 'Dental Leads' },
    ],
  },
  {
    kind: 'triggers',
    key: 'list_lost_reasons',
    input: {},
    method: 'GET',
    path: '/opportunities/lost-reason',
    query: { locationId: LOCATION_ID },
    reply: { lostReasons: [{ id: 'lr1', name: 'Price' }] },
    output: [{ id: 'lr1', name: 'Price' }],
  },
  {
    kind: 'creates',
    key: 'create_opportunity',
    input: {
      contactId: C,
      pipelineId: P,
      name: 'Whitening',
      status: 'open',
      monetaryValue: 'R 3 500.00',
      assignedTo: '',
    },
    method: 'POST',
    path: '/opportunities/',
    body: {
      contactId: C,
      pipelineId: P,
      name: 'Whitening',
      status: 'open',
      monetaryValue: 3500,
      locationId: LOCATION_ID,
    },
    reply: { opportunity: deal },
    output: deal,
  },
  {
    kind: 'creates',
    key: 'update_opportunity',
    input: { id: O, pipelineStageId: 'stg2', name: '', monetaryValue: null },
    method: 'PUT',
    path: `/opportunities/${O}`,
    body: { pipelineStageId: 'stg2' },
    reply: { opportunity: deal },
    output: deal,
  },
  {
    kind: 'creates',
    key: 'update_opportunity_status',
    input: { id: O, status: 'lost', lostReasonId: 'lr1' },
    method: 'PUT',
    path: `/opportunities/${O}/status`,
    body: { status: 'lost', lostReasonId: 'lr1' },
    reply: { succeded: true },
    output: actedOn({ id: O, lostReasonId: 'lr1' }, { succeded: true }),
  },
  {
    kind: 'creates',
    key: 'upsert_opportunity',
    input: { id: O, contactId: 'seD4PfOuKoVMLkEZqohJ', pipelineId: P, status: 'won' },
    method: 'POST',
    path: '/opportunities/upsert',
    body: {
      id: O,
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      pipelineId: P,
      status: 'won',
      locationId: LOCATION_ID,
      followers: [],
      isRemoveAllFollowers: false,
      followersActionType: 'add',
    },
    reply: { opportunity: deal, new: false },
    output: deal,
  },
  {
    // No ID: GHL finds the contact's deal in the pipeline, or creates it; the contact is what it goes by.
    kind: 'creates',
    key: 'upsert_opportunity',
    input: { contactId: 'seD4PfOuKoVMLkEZqohJ', pipelineId: P, name: 'Whitening' },
    method: 'POST',
    path: '/opportunities/upsert',
    body: {
      contactId: 'seD4PfOuKoVMLkEZqohJ',
      pipelineId: P,
      name: 'Whitening',
      locationId: LOCATION_ID,
      followers: [],
      isRemoveAllFollowers: false,
      followersActionType: 'add',
    },
    reply: { opportunity: deal, new: true },
    output: deal,
  },
  {
    kind: 'creates',
    key: 'delete_opportunity',
    input: { id: O },
    method: 'DELETE',
    path: `/opportunities/${O}`,
    query: {},
    reply: { success: true, traceId: 'tr1' },
    output: actedOn({ id: O }, { success: true }),
  },
  {
    kind: 'creates',
    key: 'add_opportunity_followers',
    input: { id: O, followers: 'u1, u2, u1' },
    method: 'POST',
    path: `/opportunities/${O}/followers`,
    body: { followers: ['u1', 'u2'] },
    reply: { followers: ['u1', 'u2'], followersAdded: ['u2'] },
    output: actedOn({ id: O }, { followers: ['u1', 'u2'], followersAdded: ['u2'] }),
  },
  {
    kind: 'creates',
    key: 'remove_opportunity_followers',
    input: { id: O, followers: ['u2'] },
    method: 'DELETE',
    path: `/opportunities/${O}/followers`,
    body: { followers: ['u2'] },
    reply: { followers: ['u1'], followersRemoved: ['u2'] },
    output: actedOn({ id: O }, { followers: ['u1'], followersRemoved: ['u2'] }),
  },
];

describeRows(rows);

describe('triggers.opportunity_stage_changed', () => {
  it('reads the newest page and one older page in turn, so a move of any deal is seen within one round', async () => {
    const at = (page: number, id: string, moved: string) => ({
      opportunities: [{ ...deal, id, lastStageChangeAt: moved }],
      meta: { total: 250, currentPage: page },
    });
    const pagesRead: string[] = [];
    const answer = (page: number, id: string, moved: string) => {
      const call = expectCall('GET', '/opportunities/search', 200, at(page, id, moved));
      return () => pagesRead.push(...call.sent.map((r) => r.query.page!));
    };
    const polls = [
      [answer(1, 'new1', '2026-11-20T09:00:00.000Z'), answer(2, 'old2', '2026-11-25T09:00:00.000Z')],
      [answer(1, 'new1', '2026-11-20T09:00:00.000Z'), answer(3, 'old3', '2026-11-26T09:00:00.000Z')],
      [answer(1, 'new1', '2026-11-20T09:00:00.000Z'), answer(2, 'old2', '2026-11-25T09:00:00.000Z')],
    ];
    const firsts: string[] = [];
    for (const poll of polls) {
      const rows = (await appTester(
        operation('triggers', 'opportunity_stage_changed') as never,
        bundleWith({}),
      )) as Array<{ id: string }>;
      poll.forEach((done) => done());
      firsts.push(rows[0]!.id);
    }
    expect(pagesRead).toEqual(['1', '2', '1', '3', '1', '2']);
    // The older deal moved most recently comes first, so Zapier fires for it.
    expect(firsts).toEqual(['old2', 'old3', 'old2']);
  });
});

/** Opportunity custom fields: offered by name, sent as the opportunities spec gives them, read back by name. */
describe('opportunity custom fields', () => {
  const dealSize = { id: 'cfDeal', name: 'Deal Size', fieldKey: 'opportunity.deal_size', dataType: 'MONETORY' };

  it("offers them as inputs from the location's opportunity fields", async () => {
    const read = expectCall('GET', `/locations/${LOCATION_ID}/customFields`, 200, { customFields: [dealSize] });
    // The step's last input fields: its custom fields, asked for at run time.
    const fields = (App.creates!.create_opportunity!.operation.inputFields as unknown[]).at(-1);
    await expect(appTester(fields as never, bundleWith({}))).resolves.toEqual([
      expect.objectContaining({ key: 'customField__cfDeal', label: 'Deal Size', type: 'number' }),
    ]);
    expect(read.sent[0]!.query).toEqual({ model: 'opportunity' });
  });

  it('sends a filled one as { id, field_value } and reads it back by name', async () => {
    expectCall('GET', `/locations/${LOCATION_ID}/customFields`, 200, { customFields: [dealSize] });
    const update = expectCall('PUT', '/opportunities/opp1', 200, {
      opportunity: { id: 'opp1', customFields: [{ id: 'cfDeal', fieldValue: '12500' }] },
    });
    const row = await run('creates', 'update_opportunity', { id: 'opp1', customField__cfDeal: '12500' });
    expect(update.sent[0]!.body).toEqual({ customFields: [{ id: 'cfDeal', field_value: '12500' }] });
    expect(row).toMatchObject({ custom__deal_size: 12500 });
  });
});
