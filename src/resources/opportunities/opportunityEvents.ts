import type { InstantEvent } from '../../relay/protocol';
import { repeatableEventRow } from '../shared/eventRows';
import { opportunityEventSample } from './samples';

type Row = Record<string, unknown>;

/** The fields GHL's Opportunity* webhooks carry that the search lists under the same name. */
const EVENT_FIELDS = [
  'id',
  'locationId',
  'name',
  'monetaryValue',
  'pipelineId',
  'pipelineStageId',
  'assignedTo',
  'contactId',
  'source',
  'status',
];

/** An opportunity as the search lists it, in the shape of GHL's webhook payload. */
export const asOpportunityEvent =
  (type: InstantEvent) =>
  (opportunity: Row): Row => ({
    type,
    ...Object.fromEntries(EVENT_FIELDS.map((key) => [key, opportunity[key]])),
    dateAdded: opportunity.createdAt,
  });

/** A stage change and a status change can happen to a deal many times: each row is one change. */
export const stageChangeRow = repeatableEventRow('opportunityId', (o) => o.pipelineStageId);
export const statusChangeRow = repeatableEventRow('opportunityId', (o) => o.status);
export const stageChangeSample = stageChangeRow(opportunityEventSample);
export const statusChangeSample = statusChangeRow({
  ...opportunityEventSample,
  type: 'OpportunityStatusUpdate',
  status: 'won',
});
