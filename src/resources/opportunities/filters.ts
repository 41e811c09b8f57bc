import { choice, recordId, text } from '../../operations/inputs';
import { OPPORTUNITY_STATUSES } from './opportunityInputs';

/** Search filters under GHL's query names (snake_case on this endpoint). */
export const pipelineFilter = () =>
  recordId('pipeline_id', {
    label: 'Pipeline',
    helpText: 'Only opportunities in this pipeline. Leave empty for all pipelines.',
    extra: { dynamic: 'list_pipelines.id.name' },
  });

export const opportunityFilters = () => [
  text(
    'q',
    {
      label: 'Search Text',
      helpText: "Words to look for in the opportunity's name or its contact's name, email or phone.",
    },
    200,
  ),
  pipelineFilter(),
  recordId('pipeline_stage_id', {
    label: 'Pipeline Stage',
    helpText: 'Only opportunities in this stage of the chosen pipeline.',
    extra: { dynamic: 'list_pipeline_stages.id.name' },
  }),
  choice(
    'status',
    { label: 'Status', helpText: 'Only opportunities with this status. Leave empty for any status.' },
    OPPORTUNITY_STATUSES,
  ),
  recordId('contact_id', {
    label: 'Contact',
    helpText: 'Only opportunities of this contact.',
    extra: { dynamic: 'new_contact.id.label' },
  }),
  recordId('assigned_to', {
    label: 'Assigned User',
    helpText: 'Only opportunities owned by this user.',
    extra: { dynamic: 'search_users.id.name' },
  }),
];
