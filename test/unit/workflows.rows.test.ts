import { COMPANY_ID, LOCATION_ID } from '../helpers';
import { type Row, actedOn, describeRows } from './rowTable';

/** The Workflows & Campaigns rows: the exact request each sends and its output. */
const C = 'seD4PfOuKoVMLkEZqohJ';
const workflow = { id: 'wf1', name: 'Nurture', createdAt: '2026-10-01T09:00:00.000Z' };
const ok = { succeded: true };

const rows: Row[] = [
  {
    kind: 'triggers',
    key: 'list_workflows',
    input: {},
    method: 'GET',
    path: '/workflows/',
    query: { locationId: LOCATION_ID },
    reply: { workflows: [workflow] },
    output: [workflow],
  },
  {
    kind: 'triggers',
    key: 'list_snapshots',
    input: {},
    method: 'GET',
    path: '/snapshots/',
    query: { companyId: COMPANY_ID },
    reply: { snapshots: [{ id: 's1' }] },
    output: [{ id: 's1' }],
  },
  {
    kind: 'creates',
    key: 'add_contact_to_workflow',
    input: { contactId: C, workflowId: 'wf1', eventStartTime: '2026-12-01 09:30 +02:00' },
    method: 'POST',
    path: `/contacts/${C}/workflow/wf1`,
    body: { eventStartTime: '2026-12-01T07:30:00.000Z' },
    reply: ok,
    output: actedOn({ contactId: C, workflowId: 'wf1' }, ok),
  },
  {
    kind: 'creates',
    key: 'remove_contact_from_workflow',
    input: { contactId: C, workflowId: 'wf1' },
    method: 'DELETE',
    path: `/contacts/${C}/workflow/wf1`,
    body: {},
    reply: ok,
    output: actedOn({ contactId: C, workflowId: 'wf1' }, ok),
  },
  {
    kind: 'creates',
    key: 'add_contact_followers',
    input: { contactId: C, followers: 'u1, u2' },
    method: 'POST',
    path: `/contacts/${C}/followers`,
    body: { followers: ['u1', 'u2'] },
    reply: { followers: ['u1', 'u2'], followersAdded: ['u1', 'u2'] },
    output: actedOn({ contactId: C }, { followers: ['u1', 'u2'], followersAdded: ['u1', 'u2'] }),
  },
  {
    kind: 'creates',
    key: 'remove_contact_followers',
    input: { contactId: C, followers: ['u2'] },
    method: 'DELETE',
    path: `/contacts/${C}/followers`,
    body: { followers: ['u2'] },
    reply: { followers: ['u1'], followersRemoved: ['u2'] },
    output: actedOn({ contactId: C }, { followers: ['u1'], followersRemoved: ['u2'] }),
  },
  {
    kind: 'creates',
    key: 'bulk_update_contact_business',
    input: { ids: `${C}, c2`, businessId: 'biz1' },
    method: 'POST',
    path: '/contacts/bulk/business',
    body: { ids: [C, 'c2'], businessId: 'biz1', locationId: LOCATION_ID },
    reply: { success: true, ids: [C, 'c2'] },
    output: actedOn({ ids: [C, 'c2'], businessId: 'biz1' }, { success: true, ids: [C, 'c2'] }),
  },
  {
    kind: 'triggers',
    key: 'list_campaigns',
    input: { status: 'published' },
    method: 'GET',
    path: '/campaigns/',
    query: { locationId: LOCATION_ID, status: 'published' },
    reply: { campaigns: [{ id: 'camp1', name: 'Promo' }] },
    output: [{ id: 'camp1', name: 'Promo' }],
  },
];

describeRows(rows);
