import { outputField } from '../../operations/outputFields';
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
