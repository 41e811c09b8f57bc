import { outputField } from '../../operations/outputFields';
import { appointmentId } from '../../fields/records';
import { calendarDelete } from './deleteRow';

export default calendarDelete({
  key: 'delete_calendar_event',
  noun: 'Event',
  label: 'Delete Calendar Event',
  what: 'an appointment or blocked slot from its calendar',
  path: '/calendars/events/{eventId}',
  inputs: [
    appointmentId(
      'eventId',
      'The appointment or blocked slot to delete. Pick one from the chosen calendar, or map its ID from an earlier step.',
    ),
  ],
  sample: { succeeded: true },
  outputFields: [outputField('succeeded', 'Succeeded', 'boolean')],
  sendBody: true,
});
