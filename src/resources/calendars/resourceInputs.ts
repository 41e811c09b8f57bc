import { calendarIds } from '../../fields/records';
import { choice, integer, longText, text } from '../../operations/inputs';

export const RESOURCE_TYPES = { rooms: 'Room', equipments: 'Equipment' } as const;

export const resourceType = () =>
  choice(
    'resourceType',
    { label: 'Resource Type', helpText: 'Whether the resource is a room or a piece of equipment.', required: true },
    RESOURCE_TYPES,
  );

/** A room's or equipment's own fields; GHL needs them all to create one. */
export const resourceInputs = (mode: 'create' | 'update') => {
  const keep = mode === 'update' ? ' Leave empty to keep the current value.' : '';
  const required = mode === 'create';
  const count = { min: 0, max: 100_000 };
  return [
    text('name', { label: 'Name', helpText: `Such as "Surgery 1" or "Whitening lamp".${keep}`, required }, 200),
    longText('description', { label: 'Description', helpText: `What it is.${keep}`, required }, 2000),
    integer('quantity', { label: 'Quantity', helpText: `How many there are.${keep}`, required, example: '1' }, count),
    integer(
      'outOfService',
      { label: 'Out of Service', helpText: `How many are not usable now.${keep}`, required, example: '0' },
      count,
    ),
    integer(
      'capacity',
      { label: 'Capacity', helpText: `How many people fit (rooms).${keep}`, required, example: '2' },
      count,
    ),
    calendarIds(`The calendars that book it (one or more).${keep}`, required),
  ];
};
