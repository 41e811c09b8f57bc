/**
 * The OAuth scopes the app asks for: one per family of endpoints it calls
 * (see the GHL scopes page). Contacts scopes also cover tasks, notes, tags,
 * campaigns and workflow enrolment of a contact.
 */
export const SCOPES = [
  'contacts.readonly',
  'contacts.write',
  'locations.readonly',
  'locations/tags.readonly',
  'locations/customFields.readonly',
  'users.readonly',
  'campaigns.readonly',
  'businesses.readonly',
  'calendars/events.readonly',
] as const;
