import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { boolean } from '../../operations/inputs';
import { groupInputs } from './inputs';
import { groupOutputFields, groupSample } from './samples';

export default defineGhlCreate({
  key: 'create_calendar_group',
  noun: 'Calendar Group',
  label: 'Create Calendar Group',
  description: 'Creates a new group of calendars, with its own booking page.',
  endpoint: endpoint('POST', '/calendars/groups', API_VERSION.calendarsAndConversations),
  unwrap: 'group',
  fromConnection: ['locationId'],
  inputs: [
    ...groupInputs(),
    boolean('isActive', { label: 'Active', helpText: 'No creates the group switched off. Default: Yes.' }),
  ],
  sample: groupSample,
  outputFields: groupOutputFields,
});
