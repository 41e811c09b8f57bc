import { calendarId } from '../../fields/records';
import { defineGhlHookTrigger } from '../../operations/hookTrigger';
import list_calendars from './list_calendars';
import list_calendar_events from './list_calendar_events';
import { appointmentOutputFields, appointmentSample } from './samples';

type Row = Record<string, unknown>;

/** GHL's AppointmentCreate nests the appointment under `appointment`: the row is the appointment. */
const appointmentRow = (payload: Row): Row => ({
  ...(payload.appointment as Row),
  locationId: payload.locationId,
});

export default defineGhlHookTrigger({
  key: 'new_appointment',
  noun: 'Appointment',
  label: 'Appointment Booked',
  description: 'Triggers when an appointment is booked on a HighLevel calendar, from any booking page or step.',
  event: 'AppointmentCreate',
  filters: [
    {
      input: calendarId('Only appointments on this calendar. Leave empty for every calendar.', false),
      path: 'appointment.calendarId',
    },
  ],
  toRow: appointmentRow,
  // GHL lists appointments per calendar: samples come from the chosen calendar, else the newest one.
  list: {
    trigger: list_calendar_events,
    inputData: (values) => (values.calendarId ? { calendarId: values.calendarId } : undefined),
    otherwise: { trigger: list_calendars, inputData: (record) => ({ calendarId: record.id }) },
    toPayload: (event) => ({ type: 'AppointmentCreate', locationId: event.locationId, appointment: event }),
  },
  sample: appointmentSample,
  outputFields: appointmentOutputFields,
});
