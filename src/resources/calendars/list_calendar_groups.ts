import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { groupOutputFields, groupSample } from './samples';

export default defineGhlTrigger({
  key: 'list_calendar_groups',
  noun: 'Calendar Group',
  label: 'New Calendar Group',
  description: 'Triggers when a new calendar group is added to the location.',
  endpoint: endpoint('GET', '/calendars/groups', API_VERSION.calendarsAndConversations),
  unwrap: 'groups',
  fromConnection: ['locationId'],
  inputs: [],
  sample: groupSample,
  outputFields: groupOutputFields,
});
