import type { InstantEvent } from '../relay/protocol';

/**
 * The scope GHL checks for each request the app makes, as GHL's OpenAPI specs and its scope
 * table name them (`test/contract/scopes` holds this table to both, for every endpoint the app
 * calls). Rules are tried in order; `READ` is GET, `WRITE` any other method. A missing scope is
 * named from here when GHL refuses a request with "The token is not authorized for this scope".
 */
type Rule = readonly ['READ' | 'WRITE' | 'POST' | 'PUT', string | RegExp, string];

const SCOPE_RULES: readonly Rule[] = [
  ['READ', '/associations/relations', 'associations/relation.readonly'],
  ['WRITE', '/associations/relations', 'associations/relation.write'],
  ['READ', '/associations', 'associations.readonly'],
  ['WRITE', '/associations', 'associations.write'],
  ['READ', '/blogs/authors', 'blogs/author.readonly'],
  ['READ', '/blogs/categories', 'blogs/category.readonly'],
  ['READ', '/blogs/posts/url-slug-exists', 'blogs/check-slug.readonly'],
  ['READ', '/blogs/posts', 'blogs/posts.readonly'],
  ['READ', '/blogs/site', 'blogs/list.readonly'],
  ['POST', '/blogs/posts', 'blogs/post.write'],
  ['PUT', '/blogs/posts', 'blogs/post-update.write'],
  ['READ', '/businesses', 'businesses.readonly'],
  ['WRITE', '/businesses', 'businesses.write'],
  ['READ', /^\/calendars\/(appointments|blocked-slots|events|[^/]+\/notifications)/, 'calendars/events.readonly'],
  ['WRITE', /^\/calendars\/(appointments|events|[^/]+\/notifications)/, 'calendars/events.write'],
  ['READ', '/calendars/groups', 'calendars/groups.readonly'],
  ['WRITE', '/calendars/groups', 'calendars/groups.write'],
  ['READ', '/calendars/resources', 'calendars/resources.readonly'],
  ['WRITE', '/calendars/resources', 'calendars/resources.write'],
  ['READ', '/calendars', 'calendars.readonly'],
  ['WRITE', '/calendars', 'calendars.write'],
  ['READ', '/campaigns', 'campaigns.readonly'],
  ['READ', '/companies', 'companies.readonly'],
  ['POST', '/contacts/search', 'contacts.readonly'],
  ['READ', '/contacts', 'contacts.readonly'],
  ['WRITE', '/contacts', 'contacts.write'],
  ['POST', '/conversations/providers/live-chat', 'conversations/livechat.write'],
  ['READ', /^\/conversations\/(messages|locations|[^/]+\/messages)/, 'conversations/message.readonly'],
  ['WRITE', '/conversations/messages', 'conversations/message.write'],
  ['READ', '/conversations', 'conversations.readonly'],
  ['WRITE', '/conversations', 'conversations.write'],
  ['READ', /^\/locations\/[^/]+\/customFields/, 'locations/customFields.readonly'],
  ['READ', /^\/locations\/[^/]+\/customValues/, 'locations/customValues.readonly'],
  ['WRITE', /^\/locations\/[^/]+\/customValues/, 'locations/customValues.write'],
  ['READ', /^\/locations\/[^/]+\/tags/, 'locations/tags.readonly'],
  ['READ', '/forms', 'forms.readonly'],
  ['READ', '/locations', 'locations.readonly'],
  ['WRITE', '/locations', 'locations.write'],
  ['POST', /^\/objects\/[^/]+\/records\/search/, 'objects/record.readonly'],
  ['READ', /^\/objects\/[^/]+\/records/, 'objects/record.readonly'],
  ['WRITE', /^\/objects\/[^/]+\/records/, 'objects/record.write'],
  ['READ', '/objects', 'objects/schema.readonly'],
  ['READ', '/oauth/installedLocations', 'oauth.readonly'],
  ['POST', '/oauth/locationToken', 'oauth.write'],
  ['READ', '/opportunities', 'opportunities.readonly'],
  ['WRITE', '/opportunities', 'opportunities.write'],
  ['READ', '/phone-system', 'phonenumbers.read'],
  ['READ', '/snapshots', 'snapshots.readonly'],
  ['POST', '/users/search', 'users.readonly'],
  ['READ', '/surveys', 'surveys.readonly'],
  ['READ', '/users', 'users.readonly'],
  ['WRITE', '/users', 'users.write'],
  ['READ', '/workflows', 'workflows.readonly'],
];

const methodMatches = (kind: Rule[0], method: string) =>
  kind === 'READ' ? method === 'GET' : kind === 'WRITE' ? method !== 'GET' : kind === method;

/** The scope GHL checks for `method path` (a path template or a real path), if the table knows it. */
export const scopeFor = (method: string, path: string): string | undefined => {
  const upper = method.toUpperCase();
  return SCOPE_RULES.find(
    ([kind, at]) =>
      methodMatches(kind, upper) &&
      (typeof at === 'string' ? path === at || path.startsWith(`${at}/`) || path.startsWith(`${at}?`) : at.test(path)),
  )?.[2];
};

/** Every scope the table names: what the consent page asks for. */
/**
 * The scope each instant trigger's webhook event needs: GHL's scope table names most; a task's
 * and an update's come with their record's read scope, an appointment's with the calendar events'.
 */
export const EVENT_SCOPES: Readonly<Record<InstantEvent, string>> = {
  InboundMessage: 'conversations/message.readonly',
  ContactCreate: 'contacts.readonly',
  ContactUpdate: 'contacts.readonly',
  ContactTagUpdate: 'contacts.readonly',
  NoteCreate: 'contacts.readonly',
  TaskComplete: 'contacts.readonly',
  OpportunityStageUpdate: 'opportunities.readonly',
  OpportunityStatusUpdate: 'opportunities.readonly',
  AppointmentCreate: 'calendars/events.readonly',
};

export const SCOPES: readonly string[] = [
  ...new Set([...SCOPE_RULES.map(([, , scope]) => scope), ...Object.values(EVENT_SCOPES)]),
];
