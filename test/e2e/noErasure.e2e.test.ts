import { appOperations } from '../support/appOperations';
import { inputsWithRecords, seededIds } from '../support/recordInputs';
import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import type { Json } from '../../sandbox/store';
import { eachTestConnected } from './sandboxApp';

/**
 * For every update row and every field it can change: fill only that field (the rest mapped
 * blank, as Zapier sends unmapped fields) and show that every other field of the record in
 * the sandbox is exactly as before.
 */
const ops = appOperations();
const OTHER_USER = 'usrNaledi00000000002';

/**
 * Fields that say which record to change rather than change it: required dropdown IDs, and
 * what Upsert matches on (the contact's email, the opportunity's pipeline).
 */
const picksRecord = (opKey: string, input: { field: { key: string; required?: boolean; dynamic?: string } }) =>
  ['contactId', 'id', 'resourceType'].includes(input.field.key) ||
  Boolean(input.field.required && input.field.dynamic) ||
  (opKey === 'upsert_contact' && input.field.key === 'email') ||
  (opKey === 'upsert_opportunity' && input.field.key === 'pipelineId');

/** Step options that are not stored on the record: they shape how the change is made. */
const STEP_OPTIONS = new Set(['bookingTimeZone', 'ignoreFreeSlotValidation', 'toNotify']);

/**
 * Update rows that replace a record's content by GHL's design (a required field besides the
 * IDs: group name, note text, a status): there is nothing to leave alone, so they are not here.
 */
const updateRows = ops.filter(
  (op) =>
    op.kind === 'creates' &&
    /^(update|upsert)_/.test(op.key) &&
    !op.spec.inputs.some((input) => input.field.required && !picksRecord(op.key, input)),
);

/** A value different from the create step's example, for each field an update row can change. */
const CHANGED: Record<string, string> = {
  firstName: 'Lerato',
  lastName: 'Khumalo',
  email: 'lerato@example.com',
  phone: '+27 83 555 0199',
  companyName: 'Khumalo Optics',
  address1: '3 Florida Road',
  city: 'Durban',
  state: 'KwaZulu-Natal',
  postalCode: '4001',
  country: 'US',
  website: 'https://khumalo.example.com',
  timezone: 'America/New_York',
  dateOfBirth: '1985-03-14',
  source: 'Website form',
  assignedTo: OTHER_USER,
  dnd: 'no',
  title: 'A changed title',
  body: 'A changed text',
  dueDate: '2026-12-24 10:00',
  completed: 'no',
  userId: OTHER_USER,
  pinned: 'no',
  name: 'A changed name',
  pipelineId: 'pipOrtho00000000002',
  pipelineStageId: 'stgBooked0000000002',
  status: 'won',
  monetaryValue: '999.99',
  lostReasonId: 'lrPrice000000000001',
  calendarId: 'calOrtho00000000002',
  startTime: '2026-12-01 09:00',
  endTime: '2026-12-01 10:30',
  appointmentStatus: 'showed',
  assignedUserId: OTHER_USER,
  address: '3 Florida Road, Durban',
  description: 'A changed description',
  groupId: 'grpOrtho00000000002',
  slug: 'changed-slug',
  slotDuration: '45',
  slotDurationUnit: 'hours',
  isActive: 'no',
  receiverType: 'guest',
  channel: 'sms',
  notificationType: 'reminder',
  subject: 'A changed subject',
  quantity: '3',
  outOfService: '1',
  capacity: '4',
  calendarIds: 'calOrtho00000000002',
  role: 'admin',
  owner: OTHER_USER,
  followers: OTHER_USER,
};
/** Blank in the ways Zapier sends an unmapped field. */
const BLANKS = ['', '   ', null, []];

type RecordMap =
  | 'users'
  | 'businesses'
  | 'contacts'
  | 'tasks'
  | 'notes'
  | 'opportunities'
  | 'appointments'
  | 'blockedSlots'
  | 'calendars'
  | 'calendarNotifications'
  | 'calendarResources'
  | 'objectRecords';

/** Which record an update row changes, and the create row that makes it. */
const RECORD_OF: Record<string, { create: string; map: RecordMap; idInput?: string }> = {
  update_contact: { create: 'create_contact', map: 'contacts', idInput: 'contactId' },
  upsert_contact: { create: 'create_contact', map: 'contacts' },
  update_contact_task: { create: 'create_contact_task', map: 'tasks', idInput: 'taskId' },
  update_contact_note: { create: 'create_contact_note', map: 'notes', idInput: 'id' },
  update_opportunity: { create: 'create_opportunity', map: 'opportunities', idInput: 'id' },
  upsert_opportunity: { create: 'create_opportunity', map: 'opportunities', idInput: 'id' },
  update_appointment: { create: 'create_appointment', map: 'appointments', idInput: 'eventId' },
  update_block_slot: { create: 'create_block_slot', map: 'blockedSlots', idInput: 'eventId' },
  update_calendar: { create: 'create_calendar', map: 'calendars', idInput: 'calendarId' },
  update_calendar_notification: {
    create: 'create_calendar_notification',
    map: 'calendarNotifications',
    idInput: 'notificationId',
  },
  update_calendar_resource: { create: 'create_calendar_resource', map: 'calendarResources', idInput: 'id' },
  update_user: { create: 'create_user', map: 'users', idInput: 'userId' },
  update_business: { create: 'create_business', map: 'businesses', idInput: 'businessId' },
  update_custom_object_record: { create: 'create_custom_object_record', map: 'objectRecords', idInput: 'id' },
};

/** Where a field lives on the stored record, when GHL keeps it under another name. */
const STORED_AS: Record<string, string> = { role: 'roles' };

const cases = updateRows.flatMap((op) =>
  op.spec.inputs
    // Internal inputs (a Phone Country) only say how to read another field: nothing of the record.
    .filter((input) => !picksRecord(op.key, input) && !STEP_OPTIONS.has(input.field.key) && !input.internal)
    .map((input) => ({ name: `${op.key}: only "${input.field.label}"`, op, field: input.field.key })),
);

describe('updates never erase what they were not asked to change', () => {
  const app = eachTestConnected();

  it('knows every update row and a changed value for each of its fields', () => {
    expect(updateRows.map((op) => op.key).sort()).toEqual(Object.keys(RECORD_OF).sort());
    expect(cases.filter((c) => !(c.field in CHANGED)).map((c) => c.name)).toEqual([]);
  });

  it.each(cases)('$name', async ({ op, field }) => {
    const state = app().sandbox.locations.get(SANDBOX_LOCATION_ID)!;
    const spec = (key: string) => ops.find((o) => o.key === key)!.spec;
    const ids = seededIds(state);
    const contact = await app().run('creates', 'create_contact', {
      ...inputsWithRecords(spec('create_contact'), ids),
      customField__cfBranch000000000001: 'Durban',
    });
    const { create, map, idInput } = RECORD_OF[op.key]!;
    const record =
      create === 'create_contact'
        ? contact
        : await app().run('creates', create, { ...inputsWithRecords(spec(create), ids), contactId: contact.id });
    const stored = (id: string): Json =>
      (map === 'users' || map === 'businesses' ? state[map].find((r) => r.id === id) : state[map].get(id)) as Json;
    const before = structuredClone(stored(record.id));

    const blanks = Object.fromEntries(op.spec.inputs.map((input, i) => [input.field.key, BLANKS[i % BLANKS.length]]));
    const creation = inputsWithRecords(op.spec, ids);
    const pickers = Object.fromEntries(
      op.spec.inputs
        .filter((input) => picksRecord(op.key, input))
        .map((input) => [input.field.key, creation[input.field.key]]),
    );
    const picked = { ...pickers, contactId: contact.id, ...(idInput ? { [idInput]: record.id } : {}) };
    const match =
      op.key === 'upsert_contact'
        ? { email: before.email }
        : op.key === 'upsert_opportunity'
          ? { pipelineId: before.pipelineId, contactId: before.contactId }
          : {};
    await app().run('creates', op.key, { ...blanks, ...picked, ...match, [field]: CHANGED[field] });

    const after = stored(String(record.id));
    const recordKey = STORED_AS[field] ?? field;
    expect(after[recordKey]).not.toEqual(before[recordKey]);
    // Timestamps GHL moves on every change.
    const derived = [
      'dateUpdated',
      'updatedAt',
      'lastStageChangeAt',
      'lastStatusChangeAt',
      recordKey,
      ...(['firstName', 'lastName'].includes(field) ? ['name'] : []),
    ];
    const unchanged = (r: Json) => Object.fromEntries(Object.entries(r).filter(([k]) => !derived.includes(k)));
    expect(unchanged(after)).toEqual(unchanged(before));
  });
});
