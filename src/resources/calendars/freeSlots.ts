import { outputField } from '../../operations/outputFields';
import type { PlainOutputField } from 'zapier-platform-core';

/** GHL answers free slots as `{ "2026-12-01": { slots: [ISO times] }, … }`, plus a trace ID. */
type SlotsByDay = Record<string, { slots?: string[] } | unknown>;

const weekday = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** One row per day, with its times as GHL gives them and as a person reads them ("Tue 1 Dec: 09:00, 09:30"). */
export const slotsByDay = (data: unknown) =>
  Object.entries((data ?? {}) as SlotsByDay)
    .filter(([day, value]) => /^\d{4}-\d{2}-\d{2}$/.test(day) && Array.isArray((value as { slots?: unknown }).slots))
    .map(([day, value]) => {
      const slots = (value as { slots: string[] }).slots;
      const times = slots.map((slot) => slot.slice(11, 16));
      return { id: day, date: day, slots, slotCount: slots.length, times: `${weekday(day)}: ${times.join(', ')}` };
    });

export const freeSlotsSample = {
  id: '2026-12-01',
  date: '2026-12-01',
  slots: ['2026-12-01T09:00:00+02:00', '2026-12-01T09:30:00+02:00', '2026-12-01T14:00:00+02:00'],
  slotCount: 3,
  times: 'Tue 1 Dec: 09:00, 09:30, 14:00',
};

export const freeSlotsOutputFields: PlainOutputField[] = [
  outputField('date', 'Date'),
  outputField('times', 'Free Times (Readable)'),
  outputField('slots[]', 'Free Slot Start Times', 'datetime'),
  outputField('slotCount', 'Number of Free Slots', 'integer'),
];
