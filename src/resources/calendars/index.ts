import type { Resource } from '../../operations/registry';
import new_appointment from './new_appointment';
import create_appointment from './create_appointment';
import create_appointment_note from './create_appointment_note';
import create_block_slot from './create_block_slot';
import create_calendar from './create_calendar';
import create_calendar_group from './create_calendar_group';
import create_calendar_notification from './create_calendar_notification';
import create_calendar_resource from './create_calendar_resource';
import delete_appointment_note from './delete_appointment_note';
import delete_calendar from './delete_calendar';
import delete_calendar_event from './delete_calendar_event';
import delete_calendar_group from './delete_calendar_group';
import delete_calendar_notification from './delete_calendar_notification';
import delete_calendar_resource from './delete_calendar_resource';
import get_appointment from './get_appointment';
import get_calendar from './get_calendar';
import get_calendar_notification from './get_calendar_notification';
import get_calendar_resource from './get_calendar_resource';
import get_free_slots from './get_free_slots';
import list_appointment_notes from './list_appointment_notes';
import list_blocked_slots from './list_blocked_slots';
import list_calendar_events from './list_calendar_events';
import list_calendar_groups from './list_calendar_groups';
import list_calendar_notifications from './list_calendar_notifications';
import list_calendar_resources from './list_calendar_resources';
import list_calendars from './list_calendars';
import update_appointment from './update_appointment';
import update_appointment_note from './update_appointment_note';
import update_block_slot from './update_block_slot';
import update_calendar from './update_calendar';
import update_calendar_group from './update_calendar_group';
import update_calendar_group_status from './update_calendar_group_status';
import update_calendar_notification from './update_calendar_notification';
import update_calendar_resource from './update_calendar_resource';
import validate_calendar_group_slug from './validate_calendar_group_slug';
import find_appointment from './find_appointment';
import find_calendar_events from './find_calendar_events';
import find_free_slots from './find_free_slots';

const triggers = [
  list_calendar_groups,
  list_calendars,
  get_calendar,
  get_free_slots,
  list_calendar_events,
  list_blocked_slots,
  get_appointment,
  list_appointment_notes,
  list_calendar_notifications,
  get_calendar_notification,
  list_calendar_resources,
  get_calendar_resource,
  new_appointment,
];

const creates = [
  create_appointment,
  update_appointment,
  delete_calendar_event,
  create_block_slot,
  update_block_slot,
  create_appointment_note,
  update_appointment_note,
  delete_appointment_note,
  create_calendar,
  update_calendar,
  delete_calendar,
  create_calendar_group,
  update_calendar_group,
  update_calendar_group_status,
  delete_calendar_group,
  validate_calendar_group_slug,
  create_calendar_notification,
  update_calendar_notification,
  delete_calendar_notification,
  create_calendar_resource,
  update_calendar_resource,
  delete_calendar_resource,
];

const searches = [find_appointment, find_calendar_events, find_free_slots];

export default { triggers, searches, creates } satisfies Resource;
