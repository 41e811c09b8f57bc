import { findFromTrigger } from '../../operations/findStep';
import { choice } from '../../operations/inputs';
import get_contact_appointments from './get_contact_appointments';

/** GHL's appointment statuses. */
const STATUSES = {
  any: 'Any',
  confirmed: 'Confirmed',
  new: 'New',
  showed: 'Showed',
  noshow: 'No-show',
  cancelled: 'Cancelled',
  invalid: 'Invalid',
};

export default findFromTrigger(get_contact_appointments, {
  key: 'find_contact_appointments',
  label: 'Find Contact Appointments',
  description: "Finds a contact's appointments, optionally by status; upcoming ones first, the soonest first.",
  filters: [
    {
      ...choice(
        'appointmentStatus',
        { label: 'Status', helpText: 'Only appointments with this status. Any by default.', extra: { default: 'any' } },
        STATUSES,
      ),
      internal: true,
    },
  ],
  keep: (event, { appointmentStatus = 'any' }) =>
    appointmentStatus === 'any' || event.appointmentStatus === appointmentStatus,
  orderBy: { field: 'startTime', upcoming: true },
});
