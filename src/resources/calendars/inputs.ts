import { calendarGroupId, calendarId, contactId, userId } from '../../fields/records';
import {
  type Input,
  appointmentTime,
  boolean,
  choice,
  integer,
  longText,
  text,
  timeZone,
} from '../../operations/inputs';

const keepNote = (mode: 'create' | 'update') => (mode === 'update' ? ' Leave empty to keep the current value.' : '');

export const APPOINTMENT_STATUSES = {
  confirmed: 'Confirmed',
  new: 'New (unconfirmed)',
  cancelled: 'Cancelled',
  showed: 'Showed',
  noshow: 'No-show',
  invalid: 'Invalid',
} as const;

/** The time zone for times written without one; GHL never sees this field. */
export const bookingTimeZone = (): Input => ({
  ...timeZone('bookingTimeZone', {
    label: 'Time Zone',
    helpText:
      "Time zone for the times above when they have no offset, such as Africa/Johannesburg. Leave empty to use the location's time zone.",
  }),
  internal: true,
  setting: 'timeZone',
});

const startAndEnd = (mode: 'create' | 'update', required: boolean) => [
  appointmentTime('startTime', {
    label: 'Start Time',
    helpText: `When it starts, in any common form (2026-12-01 09:30, 12/01/2026 9:30am, or ISO 8601 with an offset). Without an offset, it is the time at the location (in its time zone, or the Time Zone below), whatever your Zap's time zone.${keepNote(mode)}`,
    required,
  }),
  appointmentTime('endTime', {
    label: 'End Time',
    helpText: `When it ends, in the same forms.${mode === 'create' ? " Leave empty to use the calendar's slot length." : keepNote(mode)}`,
    example: '2026-12-01 10:00',
  }),
];

/** Create and Update Appointment share these; create needs a calendar, contact and start time. */
export const appointmentInputs = (mode: 'create' | 'update') => [
  ...(mode === 'create'
    ? [calendarId('The calendar to book on.'), contactId('The contact the appointment is with.')]
    : [calendarId('Move the appointment to this calendar.', false)]),
  ...startAndEnd(mode, mode === 'create'),
  bookingTimeZone(),
  text(
    'title',
    { label: 'Title', helpText: `What the appointment is, such as "Whitening consultation".${keepNote(mode)}` },
    500,
  ),
  choice(
    'appointmentStatus',
    {
      label: 'Status',
      helpText: `Confirmed, new (unconfirmed), cancelled, showed, no-show or invalid.${keepNote(mode)}`,
    },
    APPOINTMENT_STATUSES,
  ),
  userId('assignedUserId', 'Assigned User', `The team member who takes the appointment.${keepNote(mode)}`),
  text(
    'address',
    { label: 'Address', helpText: `Where it happens: a street address or a meeting link.${keepNote(mode)}` },
    500,
  ),
  longText('description', { label: 'Description', helpText: `Details for the team.${keepNote(mode)}` }),
  boolean('ignoreFreeSlotValidation', {
    label: 'Book Even If Not Free',
    helpText:
      'Yes books the time even if the calendar shows it as taken or outside opening hours. No (default) lets HighLevel refuse such times.',
  }),
  boolean('toNotify', {
    label: 'Send Notifications',
    helpText: "Yes sends the calendar's confirmation messages to the contact and team (default: HighLevel's setting).",
  }),
];

/** HighLevel blocks the time of a calendar or of a team member: one of the two, never both. */
export const BLOCK_TARGET = { calendarId: 'Calendar', assignedUserId: 'Team Member' };
export const BLOCK_TARGET_ONE_OF = {
  keys: Object.keys(BLOCK_TARGET),
  why: "HighLevel blocks either a calendar's time or a team member's",
};

export const blockSlotInputs = (mode: 'create' | 'update') => [
  calendarId(
    mode === 'create'
      ? 'The calendar to block time on. Fill this or Team Member, not both.'
      : 'Move the blocked time to this calendar. Fill this or Team Member, not both.',
    false,
  ),
  ...startAndEnd(mode, false),
  bookingTimeZone(),
  text(
    'title',
    { label: 'Title', helpText: `Why the time is blocked, such as "Lunch" or "Staff meeting".${keepNote(mode)}` },
    500,
  ),
  userId(
    'assignedUserId',
    'Team Member',
    `Block this team member's time, across their calendars, instead of one calendar's. Fill this or Calendar, not both.${keepNote(mode)}`,
  ),
];

export const CALENDAR_TYPES = {
  event: 'Event',
  round_robin: 'Round Robin',
  class_booking: 'Class Booking',
  collective: 'Collective',
  service_booking: 'Service Booking',
  personal: 'Personal',
} as const;
const DURATION_UNITS = { mins: 'Minutes', hours: 'Hours' } as const;

export const calendarInputs = (mode: 'create' | 'update') => [
  text(
    'name',
    {
      label: 'Name',
      helpText: `The calendar's name, such as "Whitening Consultations".${keepNote(mode)}`,
      required: mode === 'create',
    },
    200,
  ),
  longText(
    'description',
    { label: 'Description', helpText: `What the calendar is for, shown on the booking page.${keepNote(mode)}` },
    2000,
  ),
  calendarGroupId('groupId', `The group the calendar belongs to.${keepNote(mode)}`, false),
  ...(mode === 'create'
    ? [
        choice(
          'calendarType',
          {
            label: 'Calendar Type',
            helpText: 'How bookings are shared out. Event suits most single-person calendars.',
          },
          CALENDAR_TYPES,
        ),
      ]
    : []),
  text(
    'slug',
    {
      label: 'URL Slug',
      helpText: `The calendar's booking page address part, such as whitening (letters, digits and dashes).${keepNote(mode)}`,
    },
    100,
  ),
  integer(
    'slotDuration',
    { label: 'Slot Length', helpText: `How long one booking lasts, in the unit below.${keepNote(mode)}` },
    { min: 1, max: 1440 },
  ),
  choice(
    'slotDurationUnit',
    { label: 'Slot Length Unit', helpText: `Minutes or hours.${keepNote(mode)}` },
    DURATION_UNITS,
  ),
  boolean('isActive', { label: 'Active', helpText: `No hides the calendar from booking.${keepNote(mode)}` }),
];

export const groupInputs = () => [
  text('name', { label: 'Name', helpText: 'The group\'s name, such as "Check-ups".', required: true }, 200),
  longText(
    'description',
    { label: 'Description', helpText: 'What the calendars in this group are for.', required: true },
    2000,
  ),
  text(
    'slug',
    {
      label: 'URL Slug',
      helpText: 'The group booking page address part, such as check-ups (letters, digits and dashes).',
      required: true,
    },
    100,
  ),
];
