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

const stages = [
  { id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'New Lead', position: 0 },
  { id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'Consultation Booked', position: 1 },
];

/** A pipeline as GET /opportunities/pipelines lists it (PipelinesResponseSchema). */
export const pipelineSample = {
  id: 'VDm7RPYC2GLUvdpKmBfC',
  name: 'Dental Leads',
  locationId: 've9EPM428h8vShlRW1KT',
  showInFunnel: true,
  stages,
};

export const pipelineOutputFields: PlainOutputField[] = [
  outputField('id', 'Pipeline ID'),
  outputField('name', 'Pipeline Name'),
  outputField('stages[]id', 'Stage IDs'),
  outputField('stages[]name', 'Stage Names'),
];

export const stageSample = { ...stages[0]!, pipelineId: pipelineSample.id, pipelineName: pipelineSample.name };

export const stageOutputFields: PlainOutputField[] = [
  outputField('id', 'Stage ID'),
  outputField('name', 'Stage Name'),
  outputField('position', 'Position', 'integer'),
  outputField('pipelineId', 'Pipeline ID'),
  outputField('pipelineName', 'Pipeline Name'),
];

/** An opportunity as GHL's Opportunity*Update webhooks carry it (docs/webhook-OpportunityStageUpdate.md). */
export const opportunityEventSample = {
  type: 'OpportunityStageUpdate',
  locationId: opportunitySample.locationId,
  id: opportunitySample.id,
  name: opportunitySample.name,
  monetaryValue: opportunitySample.monetaryValue,
  pipelineId: opportunitySample.pipelineId,
  pipelineStageId: opportunitySample.pipelineStageId,
  assignedTo: opportunitySample.assignedTo,
  contactId: opportunitySample.contactId,
  source: opportunitySample.source,
  status: opportunitySample.status,
  dateAdded: opportunitySample.createdAt,
  webhookId: 'wh-5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170',
  timestamp: '2026-11-21T10:02:12.000Z',
};

export const opportunityEventOutputFields: PlainOutputField[] = [
  outputField('id', 'Change ID'),
  outputField('opportunityId', 'Opportunity ID'),
  outputField('name', 'Name'),
  outputField('monetaryValue', 'Value', 'number'),
  outputField('pipelineId', 'Pipeline ID'),
  outputField('pipelineStageId', 'Pipeline Stage ID'),
  outputField('status', 'Status'),
  outputField('contactId', 'Contact ID'),
  outputField('assignedTo', 'Assigned User ID'),
  outputField('source', 'Source'),
  outputField('dateAdded', 'Date Added', 'datetime'),
  outputField('locationId', 'Location ID'),
];
