import type { HttpMethod } from '../../http/endpoint';
import { campaignId, contactId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { deletedOutputFields, deletedSample } from '../shared/samples';

/** Adding to or removing from campaigns: same shape, different method and path. */
export const campaignMembership = (row: {
  key: string;
  label: string;
  description: string;
  method: HttpMethod;
  path: string;
  oneCampaign: boolean;
}) =>
  defineGhlCreate({
    key: row.key,
    noun: 'Campaign',
    label: row.label,
    description: row.description,
    endpoint: { method: row.method, path: row.path },
    inputs: [contactId('The contact to change.'), ...(row.oneCampaign ? [campaignId()] : [])],
    sample: deletedSample,
    outputFields: deletedOutputFields,
  });
