import { choice, recordId } from '../../operations/inputs';

/** Inputs only the Calendars rows use. */
export const RESOURCE_TYPES = { rooms: 'Room', equipments: 'Equipment' } as const;

export const resourceType = () =>
  choice(
    'resourceType',
    { label: 'Resource Type', helpText: 'Whether the resource is a room or a piece of equipment.', required: true },
    RESOURCE_TYPES,
  );

export const resourceId = () =>
  recordId('id', {
    label: 'Resource',
    helpText: 'The room or equipment. Choose the resource type first, then pick one.',
    required: true,
    extra: { dynamic: 'list_calendar_resources.id.name' },
  });

export const appointmentNoteId = () =>
  recordId('noteId', {
    label: 'Note',
    helpText: "The appointment's note: pick one of the chosen appointment's notes.",
    required: true,
    extra: { dynamic: 'list_appointment_notes.id.body', dependsOn: ['appointmentId'] },
  });

export const notificationId = () =>
  recordId('notificationId', {
    label: 'Notification',
    helpText: "The calendar's notification: pick one of the chosen calendar's notifications.",
    required: true,
    extra: { dynamic: 'list_calendar_notifications.id.notificationType', dependsOn: ['calendarId'] },
  });

export const blockSlotId = () =>
  recordId('eventId', {
    label: 'Blocked Slot',
    helpText: 'The blocked time. Pick one from the chosen calendar, or map a Blocked Slot ID from an earlier step.',
    required: true,
    extra: { dynamic: 'list_blocked_slots.id.title' },
  });
