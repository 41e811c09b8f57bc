import { defineGhlTrigger } from '../../operations/define';
import { pipelineOutputFields, pipelineSample } from './samples';

export default defineGhlTrigger({
  key: 'list_pipelines',
  noun: 'Pipeline',
  label: 'New Pipeline',
  description: 'Triggers when a new sales pipeline is added to the location.',
  endpoint: { method: 'GET', path: '/opportunities/pipelines' },
  unwrap: 'pipelines',
  fromConnection: ['locationId'],
  inputs: [],
  sample: pipelineSample,
  outputFields: pipelineOutputFields,
});
