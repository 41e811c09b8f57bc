import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { eachTestConnected } from './sandboxApp';

/** The Calendars rows over real loopback HTTP against the sandbox. */
describe('Calendars against the sandbox', () => {
  const app = eachTestConnected();

  const CAL = 'calDental0000000001';
  // A Tuesday, and the location is in Africa/Johannesburg (UTC+2): 09:30 there is 07:30 UTC.
  const DAY = '2026-12-01';
  const window = { startDate: `${DAY} 00:00 +02:00`, endDate: `${DAY} 23:59 +02:00` };

  it('lists free slots readably, books a wall-clock time in the location zone, and refuses a taken slot', async () => {
    const { run, sandbox } = app();
    const [before] = await run('triggers', 'get_free_slots', { calendarId: CAL, ...window });
    expect(before).toMatchObject({
      id: DAY,
      date: DAY,
      times: expect.stringMatching(/^Tue 1 Dec: 08:00, 08:30, .*16:30$/),
    });
    expect(before.slots).toContain(`${DAY}T09:30:00+02:00`);

    const contact = await run('creates', 'create_contact', { firstName: 'Thandi', email: 'thandi@example.com' });
    const booked = await run('creates', 'create_appointment', {
      calendarId: CAL,
      contactId: contact.id,
      startTime: `${DAY} 09:30`,
      title: 'Whitening',
    });
    expect(booked).toMatchObject({ startTime: `${DAY}T09:30:00+02:00`, calendarId: CAL, contactId: contact.id });
    expect(Date.parse(booked.endTime) - Date.parse(booked.startTime)).toBe(30 * 60_000);
    // The location's time zone cost one read, because the time had no zone of its own.
    expect(sandbox.counts.get('GET /locations/{locationId}')).toBe(1);

    const [after] = await run('triggers', 'get_free_slots', { calendarId: CAL, ...window });
    expect(after.slots).not.toContain(`${DAY}T09:30:00+02:00`);
    await expect(
      run('creates', 'create_appointment', {
        calendarId: CAL,
        contactId: contact.id,
        startTime: `${DAY}T07:30:00Z`,
        bookingTimeZone: 'Africa/Johannesburg',
      }),
    ).rejects.toThrow(/can't be booked.*Find Free Slots.*no longer available/);
    await expect(
      run('creates', 'create_appointment', {
        calendarId: CAL,
        contactId: contact.id,
        startTime: `${DAY} 09:30`,
        bookingTimeZone: 'Africa/Johannesburg',
        ignoreFreeSlotValidation: 'yes',
      }),
    ).resolves.toMatchObject({ startTime: `${DAY}T09:30:00+02:00` });

    const events = await run('triggers', 'list_calendar_events', {
      calendarId: CAL,
      startTime: `${DAY} 00:00 +02:00`,
      endTime: `${DAY} 23:59 +02:00`,
    });
    expect(events.map((e: { id: string }) => e.id)).toContain(booked.id);
    await run('creates', 'update_appointment', { eventId: booked.id, appointmentStatus: 'cancelled', title: '' });
    const [read] = await run('triggers', 'get_appointment', { eventId: booked.id });
    expect(read).toMatchObject({ appointmentStatus: 'cancelled', title: 'Whitening', contactId: contact.id });
    const [contactAppointment] = await run('triggers', 'get_contact_appointments', { contactId: contact.id });
    expect(contactAppointment).toMatchObject({ id: expect.any(String), calendarId: CAL });

    const note = await run('creates', 'create_appointment_note', {
      appointmentId: booked.id,
      body: 'Prefers mornings',
    });
    await run('creates', 'update_appointment_note', {
      appointmentId: booked.id,
      noteId: note.id,
      body: 'Prefers early mornings',
    });
    expect(await run('triggers', 'list_appointment_notes', { appointmentId: booked.id })).toEqual([
      expect.objectContaining({ body: 'Prefers early mornings' }),
    ]);
    await run('creates', 'delete_appointment_note', { appointmentId: booked.id, noteId: note.id });
    await run('creates', 'delete_calendar_event', { eventId: booked.id });
    await expect(run('triggers', 'get_appointment', { eventId: booked.id })).rejects.toThrow(/could not find/);
  });

  it('blocks time, manages groups, calendars, notifications and resources', async () => {
    const { run, sandbox } = app();
    const block = await run('creates', 'create_block_slot', {
      calendarId: CAL,
      startTime: `${DAY} 12:00`,
      endTime: `${DAY} 13:00`,
      title: 'Lunch',
      bookingTimeZone: 'Africa/Johannesburg',
    });
    await run('creates', 'update_block_slot', { eventId: block.id, calendarId: CAL, title: 'Long lunch' });
    // A team member's own time, with no calendar: what GHL takes instead of both.
    const leave = await run('creates', 'create_block_slot', {
      assignedUserId: 'usrSipho000000000001',
      startTime: `${DAY} 14:00`,
      endTime: `${DAY} 15:00`,
      title: 'Dentist',
    });
    expect(leave).toMatchObject({ assignedUserId: 'usrSipho000000000001' });
    expect(leave.calendarId).toBeUndefined();
    const blocked = await run('triggers', 'list_blocked_slots', {
      calendarId: CAL,
      startTime: `${DAY} 00:00 +02:00`,
      endTime: `${DAY} 23:59 +02:00`,
    });
    expect(blocked).toEqual([
      expect.objectContaining({ id: block.id, title: 'Long lunch', startTime: `${DAY}T12:00:00+02:00` }),
    ]);
    const [day] = await run('triggers', 'get_free_slots', { calendarId: CAL, ...window });
    expect(day.slots).not.toContain(`${DAY}T12:30:00+02:00`);

    await expect(run('creates', 'validate_calendar_group_slug', { slug: 'check-ups' })).resolves.toEqual({
      available: false,
    });
    const group = await run('creates', 'create_calendar_group', {
      name: 'Hygiene',
      description: 'Cleanings',
      slug: 'hygiene',
    });
    await run('creates', 'update_calendar_group', {
      groupId: group.id,
      name: 'Hygiene Visits',
      description: 'Cleanings',
      slug: 'hygiene',
    });
    await run('creates', 'update_calendar_group_status', { groupId: group.id, isActive: 'no' });
    expect(
      (await run('triggers', 'list_calendar_groups', {})).find((g: { id: string }) => g.id === group.id),
    ).toMatchObject({ name: 'Hygiene Visits', isActive: false });

    const calendar = await run('creates', 'create_calendar', {
      name: 'Cleanings',
      groupId: group.id,
      slotDuration: '45',
      slotDurationUnit: 'mins',
    });
    await run('creates', 'update_calendar', { calendarId: calendar.id, description: 'Scale and polish' });
    expect(await run('triggers', 'list_calendars', { groupId: group.id })).toEqual([
      expect.objectContaining({ id: calendar.id, slotDuration: 45, description: 'Scale and polish' }),
    ]);
    const [read] = await run('triggers', 'get_calendar', { calendarId: calendar.id });
    expect(read.name).toBe('Cleanings');

    const notification = await run('creates', 'create_calendar_notification', {
      calendarId: calendar.id,
      receiverType: 'contact',
      channel: 'sms',
      notificationType: 'reminder',
      body: 'See you tomorrow',
    });
    expect(notification).toMatchObject({ id: notification._id, channel: 'sms' });
    await run('creates', 'update_calendar_notification', {
      calendarId: calendar.id,
      notificationId: notification.id,
      subject: 'Reminder',
    });
    const [listed] = await run('triggers', 'list_calendar_notifications', { calendarId: calendar.id });
    expect(listed).toMatchObject({ id: notification.id, subject: 'Reminder', body: 'See you tomorrow' });
    await expect(
      run('triggers', 'get_calendar_notification', { calendarId: calendar.id, notificationId: notification.id }),
    ).resolves.toHaveLength(1);
    await run('creates', 'delete_calendar_notification', { calendarId: calendar.id, notificationId: notification.id });

    const room = await run('creates', 'create_calendar_resource', {
      resourceType: 'rooms',
      name: 'Surgery 2',
      description: 'Hygiene room',
      quantity: '1',
      outOfService: '0',
      capacity: '2',
      calendarIds: calendar.id,
    });
    await run('creates', 'update_calendar_resource', { resourceType: 'rooms', id: room.id, capacity: '3' });
    expect(await run('triggers', 'list_calendar_resources', { resourceType: 'rooms' })).toEqual([
      expect.objectContaining({ id: room.id, capacity: 3, calendarIds: [calendar.id] }),
    ]);
    await expect(run('triggers', 'get_calendar_resource', { resourceType: 'rooms', id: room.id })).resolves.toEqual([
      expect.objectContaining({ name: 'Surgery 2' }),
    ]);
    await run('creates', 'delete_calendar_resource', { resourceType: 'rooms', id: room.id });

    await run('creates', 'delete_calendar', { calendarId: calendar.id });
    await run('creates', 'delete_calendar_group', { groupId: group.id });
    const state = sandbox.locations.get(SANDBOX_LOCATION_ID)!;
    expect([
      state.calendars.has(calendar.id),
      state.calendarGroups.has(group.id),
      state.calendarResources.size,
    ]).toEqual([false, false, 0]);
  });
});
