import { type RecordIds, seededIds } from '../test/support/recordInputs';
import { addRecordedCall } from '../sandbox/routes/conversations';
import { type Json, type LocationState, newId } from '../sandbox/store';

const isoMinutesAgo = (minutes: number) =>
  new Date(Date.parse('2026-11-22T12:00:00Z') - minutes * 60_000).toISOString();

/** The kinds of record each bench location holds `crowd` of: what the request counts were measured on. */
export const CROWDED_KINDS =
  'contacts, opportunities, tasks, notes, appointments, blocked slots, appointment notes, conversations and messages';

const DATE_FIELDS = [
  'dateAdded',
  'dateUpdated',
  'createdAt',
  'updatedAt',
  'lastStageChangeAt',
  'lastStatusChangeAt',
  'lastMessageDate',
];

/** `count` copies of `newest`, each with its own ID and dates a minute further back. */
const addOlderCopies = (records: Map<string, Json>, newest: Json, count: number) => {
  for (let i = 1; i <= count; i += 1) {
    const copy: Json = { ...newest, id: newId() };
    for (const field of DATE_FIELDS) if (typeof newest[field] === 'string') copy[field] = isoMinutesAgo(i + 1);
    records.set(String(copy.id), copy);
  }
};

/**
 * One contact with a task, a note, an appointment (with a note), blocked time, a calendar
 * notification and resource, an opportunity and a conversation: what the per-record operations act on;
 * plus `crowd` more of each polled kind (`CROWDED_KINDS`), older, so every list trigger polls a
 * realistically full location.
 */
export const addBenchRecords = (state: LocationState, crowd: number): RecordIds => {
  const locationId = String(state.location.id);
  const business = String(state.businesses[0]?.id);
  const contact: Json = {
    id: newId(),
    locationId,
    firstName: 'Lerato',
    lastName: 'Khumalo',
    name: 'Lerato Khumalo',
    email: 'lerato@example.com',
    phone: '+27825550199',
    tags: ['sms-lead'],
    type: 'lead',
    businessId: business,
    dateAdded: isoMinutesAgo(0),
    dateUpdated: isoMinutesAgo(0),
  };
  state.contacts.set(String(contact.id), contact);
  const task: Json = {
    id: newId(),
    contactId: contact.id,
    title: 'Call back',
    dueDate: isoMinutesAgo(-60),
    completed: false,
  };
  state.tasks.set(String(task.id), task);
  const note: Json = { id: newId(), contactId: contact.id, body: 'Asked about whitening', dateAdded: isoMinutesAgo(1) };
  state.notes.set(String(note.id), note);
  const calendarId = 'calDental0000000001';
  const user = String(state.users[0]?.id);
  const event = {
    locationId,
    calendarId,
    groupId: 'grpCheckups00000001',
    appointmentStatus: 'confirmed',
    assignedUserId: user,
    users: [user],
    dateAdded: isoMinutesAgo(0),
    dateUpdated: isoMinutesAgo(0),
  };
  const appointment: Json = {
    ...event,
    id: newId(),
    contactId: contact.id,
    title: 'Consultation',
    startTime: isoMinutesAgo(-1440),
    endTime: isoMinutesAgo(-1410),
  };
  state.appointments.set(String(appointment.id), appointment);
  const blocked: Json = {
    ...event,
    id: newId(),
    contactId: '',
    title: 'Lunch',
    startTime: isoMinutesAgo(-1500),
    endTime: isoMinutesAgo(-1470),
  };
  state.blockedSlots.set(String(blocked.id), blocked);
  const appointmentNote: Json = {
    id: newId(),
    appointmentId: appointment.id,
    contactId: contact.id,
    body: 'Prefers mornings',
    dateAdded: isoMinutesAgo(0),
  };
  state.appointmentNotes.set(String(appointmentNote.id), appointmentNote);
  const notification: Json = {
    _id: newId(),
    calendarId,
    receiverType: 'contact',
    channel: 'sms',
    notificationType: 'reminder',
    isActive: true,
    deleted: false,
  };
  state.calendarNotifications.set(String(notification._id), notification);
  const resource: Json = {
    id: newId(),
    locationId,
    name: 'Surgery 1',
    resourceType: 'rooms',
    isActive: true,
    description: 'Main room',
    quantity: 1,
    outOfService: 0,
    capacity: 2,
    calendarIds: [calendarId],
  };
  state.calendarResources.set(String(resource.id), resource);
  const conversation: Json = {
    id: newId(),
    contactId: contact.id,
    locationId,
    dateAdded: isoMinutesAgo(0),
    dateUpdated: isoMinutesAgo(0),
    lastMessageDate: isoMinutesAgo(0),
    deleted: false,
    unreadCount: 0,
  };
  state.conversations.set(String(conversation.id), conversation);
  const call = addRecordedCall(
    state,
    String(contact.id),
    { recording: Buffer.alloc(64_000, 1), sentences: ['Smile Dental, good morning.', 'Can I book a whitening?'] },
    isoMinutesAgo(0),
  );
  const email: Json = {
    id: newId(),
    conversationId: conversation.id,
    contactId: contact.id,
    dateAdded: isoMinutesAgo(0),
    type: 'Email',
    direction: 'outbound',
    status: 'delivered',
    message: '<p>See you Tuesday</p>',
    subject: 'Your booking',
    emailMessageId: newId(),
  };
  state.messages.set(String(email.id), email);
  const relation: Json = {
    id: newId(),
    associationId: [...state.associations.keys()][0],
    firstRecordId: newId(),
    secondRecordId: contact.id,
    locationId,
  };
  state.relations.set(String(relation.id), relation);
  const post: Json = {
    _id: newId(),
    blogId: state.blogs[0]?._id,
    title: 'Five Ways to Smile',
    description: '',
    imageUrl: 'https://img.example.com/smile.jpg',
    imageAltText: 'Smile',
    rawHTML: '<p>Brush twice a day.</p>',
    status: 'PUBLISHED',
    urlSlug: 'five-ways-to-smile',
    categories: [state.blogCategories[0]?._id],
    author: state.blogAuthors[0]?._id,
    publishedAt: isoMinutesAgo(60),
    updatedAt: isoMinutesAgo(60),
    archived: false,
  };
  state.blogPosts.set(String(post._id), post);
  const pipeline = state.pipelines[0]!;
  const opportunity: Json = {
    id: newId(),
    locationId,
    name: 'Whitening',
    pipelineId: pipeline.id,
    pipelineStageId: (pipeline.stages as Json[])[0]!.id,
    status: 'open',
    monetaryValue: 3500,
    contactId: contact.id,
    createdAt: isoMinutesAgo(0),
    updatedAt: isoMinutesAgo(0),
    lastStageChangeAt: isoMinutesAgo(0),
    lastStatusChangeAt: isoMinutesAgo(0),
  };
  state.opportunities.set(String(opportunity.id), opportunity);
  for (let i = 1; i <= crowd; i += 1) {
    const id = newId();
    state.contacts.set(id, {
      id,
      locationId,
      firstName: `Lead ${i}`,
      email: `lead${i}@example.com`,
      tags: [],
      type: 'lead',
      dateAdded: isoMinutesAgo(i),
      dateUpdated: isoMinutesAgo(i),
    });
  }
  // `crowd` older copies of every other polled record, so each poll reads a full location, not one record.
  const sms: Json = {
    id: newId(),
    conversationId: conversation.id,
    contactId: contact.id,
    type: 'SMS',
    direction: 'inbound',
    status: 'delivered',
    message: 'Is Saturday open?',
    dateAdded: isoMinutesAgo(1),
  };
  // Cancel Scheduled Message acts on a message still waiting to be sent (older than the newest SMS).
  const scheduled: Json = {
    ...sms,
    id: newId(),
    direction: 'outbound',
    status: 'scheduled',
    message: 'Reminder: your cleaning is tomorrow at 10:00',
    scheduledTimestamp: Math.floor(Date.now() / 1000) + 86_400,
    dateAdded: isoMinutesAgo(2),
  };
  state.messages.set(String(scheduled.id), scheduled);
  const crowds: Array<[Map<string, Json>, Json]> = [
    [state.opportunities, opportunity],
    [state.tasks, task],
    [state.notes, note],
    [state.appointments, appointment],
    [state.blockedSlots, blocked],
    [state.appointmentNotes, appointmentNote],
    [state.conversations, conversation],
    [state.messages, sms],
  ];
  for (const [records, newest] of crowds) addOlderCopies(records, newest, crowd);
  return {
    ...seededIds(state),
    new_contact: String(contact.id),
    get_contact_tasks: String(task.id),
    get_contact_notes: String(note.id),
    list_calendar_events: String(appointment.id),
    list_blocked_slots: String(blocked.id),
    list_appointment_notes: String(appointmentNote.id),
    list_calendar_notifications: String(notification._id),
    list_calendar_resources: String(resource.id),
    search_opportunities: String(opportunity.id),
    search_conversations: String(conversation.id),
    get_conversation_messages: String(call.id),
    list_conversation_emails: String(email.emailMessageId),
    get_relations_by_record: String(relation.id),
    get_blog_posts: String(post._id),
    'cancel_scheduled_message.messageId': String(scheduled.id),
  };
};
