import { calendarDelete } from './deleteRow';
import { resourceId } from '../../fields/records';
import { resourceType } from './resourceInputs';

export default calendarDelete({
  key: 'delete_calendar_resource',
  noun: 'Resource',
  label: 'Delete Calendar Resource',
  what: 'a room or piece of equipment',
  path: '/calendars/resources/{resourceType}/{id}',
  inputs: [resourceType(), resourceId()],
});
