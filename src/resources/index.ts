import type { Resource } from '../operations/registry';
import contacts from './contacts';
import conversations from './conversations';
import calendars from './calendars';
import opportunities from './opportunities';
import users from './users';
import businesses from './businesses';
import workflows from './workflows';
import locations from './locations';
import associations from './associations';
import blogs from './blogs';
import forms from './forms';
import objects from './objects';

/** Every resource of the app, in the order Zapier lists their operations. */
export const resources: Resource[] = [
  contacts,
  forms,
  conversations,
  calendars,
  opportunities,
  users,
  businesses,
  workflows,
  locations,
  associations,
  objects,
  blogs,
];
