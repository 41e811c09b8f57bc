import { outputField } from '../../operations/outputFields';
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
  outputField('id', 'Opportunity ID'),
  outputField('name', 'Opportunity Name'),
  outputField('monetaryValue', 'Value', 'number'),
  outputField('status', 'Status'),
  outputField('pipelineId', 'Pipeline ID'),
  outputField('pipelineStageId', 'Pipeline Stage ID'),
  outputField('assignedTo', 'Assigned User ID'),
  outputField('source', 'Source'),
  outputField('contactId', 'Contact ID'),
  outputField('contact__name', 'Contact Name'),
  outputField('contact__email', 'Contact Email'),
  outputField('contact__phone', 'Contact Phone'),
  outputField('locationId', 'Location ID'),
  outputField('lastStageChangeAt', 'Stage Changed At', 'datetime'),
  outputField('lastStatusChangeAt', 'Status Changed At', 'datetime'),
  outputField('createdAt', 'Created At', 'datetime'),
  outputField('updatedAt', 'Updated At', 'datetime'),
];

/** The statuses GHL accepts for an opportunity. */
export const OPPORTUNITY_STATUSES = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' } as const;
