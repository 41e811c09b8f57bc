import { pipelineId, pipelineStageId, userId } from '../../fields/records';
import { amount, choice, text } from '../../operations/inputs';

export const OPPORTUNITY_STATUSES = { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' } as const;

/** An opportunity's own fields, shared by Create, Update and Upsert Opportunity. */
export const opportunityInputs = (mode: 'create' | 'update' | 'upsert') => {
  const keep = mode === 'create' ? '' : ' Leave empty to keep the current value.';
  const required = mode === 'create';
  return [
    text(
      'name',
      { label: 'Opportunity Name', helpText: `What the deal is, such as "Teeth whitening: Thandi".${keep}`, required },
      500,
    ),
    // Upsert needs the pipeline even to update: GHL finds the deal within it.
    pipelineId(mode !== 'update'),
    pipelineStageId(),
    choice(
      'status',
      {
        label: 'Status',
        helpText: `Open, won, lost or abandoned.${mode === 'create' ? ' Usually Open.' : keep}`,
        required,
      },
      OPPORTUNITY_STATUSES,
    ),
    amount('monetaryValue', {
      label: 'Value',
      helpText: `The deal's value as a number, such as 3500 or 1,250.50 (no currency sign needed).${keep}`,
    }),
    userId('assignedTo', 'Assigned User', `The HighLevel user who owns the deal.${keep}`),
  ];
};
