import type { Input } from '../../operations/inputs';
import { defineGhlTrigger } from '../../operations/define';
import { opportunityOutputFields, opportunitySample } from './samples';

/**
 * The opportunity triggers all read GET /opportunities/search, newest added first, one page
 * of 100 (Zapier's polling window); they differ in filters and in what counts as "new".
 */
export const opportunitySearchTrigger = (spec: {
  key: string;
  label: string;
  description: string;
  inputs: Input[];
  newestFirstBy: string;
  changeMarkers?: string[];
  sweep?: { pageParam: string; totalAt: string };
}) =>
  defineGhlTrigger({
    ...spec,
    noun: 'Opportunity',
    customFieldsOf: 'opportunity',
    endpoint: { method: 'GET', path: '/opportunities/search' },
    unwrap: 'opportunities',
    fromConnection: [{ as: 'location_id', from: 'locationId' }],
    constants: { order: 'added_desc', limit: 100 },
    sample: opportunitySample,
    outputFields: opportunityOutputFields,
  });
