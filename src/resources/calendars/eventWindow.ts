import { calendarGroupId, calendarId, userId } from '../../fields/records';
import { atLeastOneOf } from '../../operations/checks';
import { epochMillis } from '../../operations/inputs';

const DAY = 24 * 3600 * 1000;

/** Events and blocked slots are read for a calendar, team member or group, within a time window. */
export const eventWindowInputs = () => [
  calendarId('The calendar whose events to list.', false),
  userId('userId', 'Team Member', 'Or: the team member whose events to list.'),
  calendarGroupId('groupId', 'Or: the calendar group whose events to list.', false),
  epochMillis('startTime', {
    label: 'From',
    helpText: 'Start of the window, in any common date form. Default: 30 days ago.',
    example: '2026-11-01',
  }),
  epochMillis('endTime', {
    label: 'Until',
    helpText: 'End of the window. Default: 90 days from now.',
    example: '2027-01-31',
  }),
];

export const eventWindowDefaults = () => ({
  startTime: String(Date.now() - 30 * DAY),
  endTime: String(Date.now() + 90 * DAY),
});

export const eventWindowCheck = atLeastOneOf(
  { calendarId: 'Calendar', userId: 'Team Member', groupId: 'Calendar Group' },
  'to say whose events to list',
);
