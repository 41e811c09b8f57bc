import { opportunityId, userIds } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import type { HttpMethod } from '../../http/endpoint';

/** Add Followers and Remove Followers: one endpoint, two methods, the same list of users. */
export const opportunityFollowers = (spec: { key: string; label: string; description: string; method: HttpMethod; changed: string }) =>
  defineGhlCreate({
    key: spec.key,
    noun: 'Follower',
    label: spec.label,
    description: spec.description,
    endpoint: { method: spec.method, path: '/opportunities/{id}/followers', sendBody: true },
    inputs: [opportunityId(), userIds('followers', 'Followers', 'The HighLevel users who follow the deal and get its notifications.')],
    sample: { followers: ['usrSipho000000000001', 'usrNaledi00000000002'], [spec.changed]: ['usrNaledi00000000002'] },
    outputFields: [
      { key: 'followers[]', label: 'Follower IDs', type: 'string' },
      { key: `${spec.changed}[]`, label: spec.changed === 'followersAdded' ? 'Added Follower IDs' : 'Removed Follower IDs', type: 'string' },
    ],
  });
