import type { PlainOutputField } from 'zapier-platform-core';

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
  { key: 'id', label: 'Pipeline ID', type: 'string' },
  { key: 'name', label: 'Pipeline Name', type: 'string' },
  { key: 'stages[]id', label: 'Stage IDs', type: 'string' },
  { key: 'stages[]name', label: 'Stage Names', type: 'string' },
];

export const stageSample = { ...stages[0]!, pipelineId: pipelineSample.id, pipelineName: pipelineSample.name };

export const stageOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Stage ID', type: 'string' },
  { key: 'name', label: 'Stage Name', type: 'string' },
  { key: 'position', label: 'Position', type: 'integer' },
  { key: 'pipelineId', label: 'Pipeline ID', type: 'string' },
  { key: 'pipelineName', label: 'Pipeline Name', type: 'string' },
];
