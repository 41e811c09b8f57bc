import type { PlainOutputField } from 'zapier-platform-core';

/** An opportunity (deal) as GHL returns it (SearchOpportunitiesResponseSchema). */
export const opportunitySample = {
  id: 'yWQobCRIhRguQtD2llvk',
  name: 'Teeth whitening: Thandi Mokoena',
  monetaryValue: 3500,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  assignedTo: 'usrSipho000000000001',
  status: 'open',
  source: 'SMS lead',
  lastStatusChangeAt: '2026-11-21T10:02:11.285Z',
  lastStageChangeAt: '2026-11-21T10:02:11.285Z',
  createdAt: '2026-11-20T08:14:26.704Z',
  updatedAt: '2026-11-21T10:02:11.285Z',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  contact: {
    id: 'seD4PfOuKoVMLkEZqohJ',
    name: 'Thandi Mokoena',
    email: 'thandi.mokoena@example.com',
    phone: '+27825550143',
    tags: ['sms-lead'],
  },
};

export const opportunityOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Opportunity ID', type: 'string' },
  { key: 'name', label: 'Opportunity Name', type: 'string' },
  { key: 'monetaryValue', label: 'Value', type: 'number' },
  { key: 'status', label: 'Status', type: 'string' },
  { key: 'pipelineId', label: 'Pipeline ID', type: 'string' },
  { key: 'pipelineStageId', label: 'Pipeline Stage ID', type: 'string' },
  { key: 'assignedTo', label: 'Assigned User ID', type: 'string' },
  { key: 'source', label: 'Source', type: 'string' },
  { key: 'contactId', label: 'Contact ID', type: 'string' },
  { key: 'contact__name', label: 'Contact Name', type: 'string' },
  { key: 'contact__email', label: 'Contact Email', type: 'string' },
  { key: 'contact__phone', label: 'Contact Phone', type: 'string' },
  { key: 'locationId', label: 'Location ID', type: 'string' },
  { key: 'lastStageChangeAt', label: 'Stage Changed At', type: 'datetime' },
  { key: 'lastStatusChangeAt', label: 'Status Changed At', type: 'datetime' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

/** The statuses GHL accepts for an opportunity. */
export const OPPORTUNITY_STATUSES = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' } as const;
