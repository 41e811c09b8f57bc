import { outputField } from '../../operations/outputFields';
import { userIds } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import type { HttpMethod } from '../../http/endpoint';
import type { Input } from '../../operations/inputs';

/**
 * Add and Remove Followers, for contacts and opportunities alike: one path, two methods, the
 * same list of users; GHL answers with the followers now and those added or removed.
 */
export const followersRow = (spec: {
  key: string;
  noun: string;
  label: string;
  description: string;
  method: HttpMethod;
  path: string;
  record: Input;
  changed: 'followersAdded' | 'followersRemoved';
}) =>
  defineGhlCreate({
    key: spec.key,
    noun: spec.noun,
    label: spec.label,
    description: spec.description,
    endpoint: { method: spec.method, path: spec.path, sendBody: true },
    inputs: [
      spec.record,
      userIds('followers', 'Followers', 'The HighLevel users who follow it and get its notifications.'),
    ],
    sample: { followers: ['usrSipho000000000001', 'usrNaledi00000000002'], [spec.changed]: ['usrNaledi00000000002'] },
    outputFields: [
      outputField('followers[]', 'Follower IDs'),
      {
        key: `${spec.changed}[]`,
        label: spec.changed === 'followersAdded' ? 'Added Follower IDs' : 'Removed Follower IDs',
        type: 'string',
      },
    ],
  });
