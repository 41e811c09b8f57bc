import { defineGhlTrigger } from '../../operations/define';
import { recordId } from '../../operations/inputs';
import { stageOutputFields, stageSample } from './samples';

type Pipeline = { id?: string; name?: string; stages?: Array<Record<string, unknown>> };

/**
 * The dropdown behind every Pipeline Stage field: the stages of the pipeline chosen in the same
 * step (as `pipelineId` or, in searches, `pipeline_id`), from the one pipelines list GHL offers.
 */
export default defineGhlTrigger({
  key: 'list_pipeline_stages',
  noun: 'Stage',
  label: 'List Pipeline Stages',
  description: 'Triggers when a stage is added to the chosen pipeline.',
  hidden: true,
  endpoint: { method: 'GET', path: '/opportunities/pipelines' },
  unwrap: 'pipelines',
  sends: ['locationId'],
  fromConnection: ['locationId'],
  inputs: [
    recordId('pipelineId', {
      label: 'Pipeline',
      helpText: 'The pipeline whose stages to list.',
      extra: { dynamic: 'list_pipelines.id.name' },
    }),
    recordId('pipeline_id', {
      label: 'Pipeline Filter',
      helpText: 'The same, as search steps name it.',
      extra: { dynamic: 'list_pipelines.id.name' },
    }),
  ],
  toRows: (data, inputs) => {
    const chosen = inputs.pipelineId ?? inputs.pipeline_id;
    return ((data as Pipeline[] | undefined) ?? [])
      .filter((pipeline) => !chosen || pipeline.id === chosen)
      .flatMap((pipeline) =>
        (pipeline.stages ?? []).map((stage) => ({ ...stage, pipelineId: pipeline.id, pipelineName: pipeline.name })),
      );
  },
  sample: stageSample,
  outputFields: stageOutputFields,
});
