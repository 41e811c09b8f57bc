import type { Resource } from '../../operations/registry';
import opportunity_stage_changed_instant from './opportunity_stage_changed_instant';
import opportunity_status_changed from './opportunity_status_changed';
import add_opportunity_followers from './add_opportunity_followers';
import create_opportunity from './create_opportunity';
import delete_opportunity from './delete_opportunity';
import get_opportunity from './get_opportunity';
import list_lost_reasons from './list_lost_reasons';
import list_pipeline_stages from './list_pipeline_stages';
import list_pipelines from './list_pipelines';
import new_opportunity from './new_opportunity';
import opportunity_stage_changed from './opportunity_stage_changed';
import remove_opportunity_followers from './remove_opportunity_followers';
import search_opportunities from './search_opportunities';
import update_opportunity from './update_opportunity';
import update_opportunity_status from './update_opportunity_status';
import upsert_opportunity from './upsert_opportunity';
import find_opportunities from './find_opportunities';
import find_opportunity from './find_opportunity';

const triggers = [
  new_opportunity,
  opportunity_stage_changed,
  search_opportunities,
  get_opportunity,
  list_pipelines,
  list_pipeline_stages,
  list_lost_reasons,
  opportunity_stage_changed_instant,
  opportunity_status_changed,
];

const creates = [
  create_opportunity,
  update_opportunity,
  update_opportunity_status,
  upsert_opportunity,
  delete_opportunity,
  add_opportunity_followers,
  remove_opportunity_followers,
];

const searches = [find_opportunities, find_opportunity];

/**
 * Zapier's "Find or Create Opportunity": the contact's deal found by Find Opportunities (filled
 * with the contact, the pipeline and status Open, it is their open deal there), created when
 * there is none, or updated when the Zap asks for it; the found ID goes into Update Opportunity.
 */
const searchOrCreates = {
  find_opportunities: {
    key: 'find_opportunities',
    display: {
      label: 'Find or Create Opportunity',
      description:
        "Finds a contact's opportunity (such as their open deal in a pipeline), and creates it when none matches, or updates the one found.",
    },
    search: 'find_opportunities',
    create: 'create_opportunity',
    update: 'update_opportunity',
    updateInputFromSearchOutput: { id: 'id' },
  },
};

export default { triggers, searches, creates, searchOrCreates } satisfies Resource;
