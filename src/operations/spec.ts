import type { Bundle, PlainInputField, PlainOutputField, ZObject } from 'zapier-platform-core';
import type { Audience } from '../auth/connection';
import type { Endpoint } from '../http/endpoint';
import type { CustomFieldModel } from '../fields/namedCustomFields';
import type { Input } from './inputs';

export type ConnectionId = 'locationId' | 'companyId';

/** Calls GHL at one endpoint with these values; null on a 404. */
export type GhlCaller = (
  endpoint: Endpoint,
  values: Record<string, unknown>,
) => Promise<Record<string, unknown> | null>;

export interface Lookup {
  /** Every endpoint `run` may call, declared so tests can hold them to the spec too. */
  calls: Endpoint[];
  /** `io` is for what a JSON call cannot do (files uploaded to GHL). */
  run: (
    ghl: GhlCaller,
    values: Record<string, unknown>,
    io: { z: ZObject; bundle: Bundle },
  ) => Promise<Record<string, unknown>>;
}

/** Fields built at run time (custom fields) and how their values join the request. */
export interface DynamicInputs {
  fields: (z: ZObject, bundle: Bundle) => Promise<PlainInputField[]>;
  /** Every endpoint `fields` may call, declared so tests can hold them to the spec and the scopes. */
  calls: Endpoint[];
  /** Picks this group's values out of inputData, already shaped for GHL; {} when none were filled. */
  collect: (inputData: Record<string, unknown>) => Record<string, unknown>;
}

/** Where one call goes and which key of GHL's answer holds the record(s). */
export interface Route {
  endpoint: Endpoint;
  /** Key of the response holding the record or list (`contact`, `tasks`, `messages.messages`); omitted: the whole response. */
  unwrap?: string;
  /** Names of the non-path values this endpoint takes, when it takes fewer than the operation's inputs. */
  sends?: string[];
}

/**
 * The endpoint answers a file (a call recording), not JSON. The row carries it as a Zapier
 * file that is downloaded and stashed only when a later step uses it; the operation's `idFrom`
 * names the input that identifies the file.
 */
export interface FileSpec {
  /** Output key holding the file. */
  key: string;
  /** The file's name, from the values sent ("call-recording-<messageId>.wav"). */
  name: (values: Record<string, unknown>) => string;
}

/** What every operation declares: data only, no requests or status checks of its own. */
export interface OperationSpec extends Route {
  key: string;
  noun: string;
  label: string;
  description: string;
  hidden?: boolean;
  /**
   * Which connection the operation works on: a sub-account (the default; an agency connection
   * picks one per step), only an agency (refused on sub-account connections before anything is
   * sent), or either (the connection's own token, whichever kind it is).
   */
  audience?: Audience;
  inputs: Input[];
  dynamicInputs?: DynamicInputs[];
  /**
   * IDs of the connected account sent with every call (in path, query or body), by the same
   * name or under the name the endpoint uses (`{ as: 'location_id', from: 'locationId' }`).
   */
  fromConnection?: Array<ConnectionId | { as: string; from: ConnectionId; asList?: boolean }>;
  /** Values sent on every call, such as a fixed sort order. */
  constants?: Record<string, unknown>;
  /** Values worked out at call time (a time window ending now) for inputs left empty. */
  defaults?: () => Record<string, unknown>;
  /** Values GHL needs that follow from the inputs (a message's subType from its type). */
  derive?: (values: Record<string, unknown>, withInternal: Record<string, unknown>) => Record<string, unknown>;
  /** Reads or writes made before the main call to find a value it needs (the contact's conversation). */
  lookup?: Lookup;
  /**
   * Groups of fields GHL takes at most one of ("either calendarId or assignedUserId, not both"),
   * with why: filling two is refused before anything is sent; examples fill the first.
   */
  exclusive?: Array<{ keys: string[]; why: string }>;
  /** A rule across fields ("give an email or a phone"): returns the message when broken. */
  check?: (values: Record<string, unknown>, inputs: Input[]) => string | undefined;
  sample: Record<string, unknown>;
  outputFields: PlainOutputField[];
  /** GHL's name for the record's ID when it is not `id` (`_id`): copied to `id`, which Zapier needs. */
  idFrom?: string;
  /** Turns GHL's answer into records when it is not a record or a list of them (free slots by day). */
  toRows?: (data: unknown, inputs: Record<string, unknown>) => Array<Record<string, unknown>>;
  file?: FileSpec;
  /**
   * Keys the app adds to each row from the step's own inputs (what a STOP reply did to the
   * contact): not GHL's, so the contract tests leave them out when they hold rows to the spec.
   */
  ownFields?: { keys: string[]; of: (inputs: Record<string, unknown>) => Record<string, unknown> };
  /**
   * Keys the app works out from each of GHL's rows (a form submission's phone, read from its
   * answers): not GHL's keys, so the contract tests leave them out too.
   */
  addedFields?: { keys: string[]; of: (row: Record<string, unknown>) => Record<string, unknown> };
  /**
   * The row's media links (a message's `attachments`) handed on as Zapier files under `to`,
   * fetched only when a later step uses them, so a Zap can save the photo anywhere.
   */
  media?: { from: string; to: string };
  /** Output fields read at run time (a custom object's properties), beside `outputFields`. */
  dynamicOutputFields?: (z: ZObject, bundle: Bundle) => Promise<PlainOutputField[]>;
  /** Rows carry this model's custom fields by name too, and the Zap editor offers them by name. */
  customFieldsOf?: CustomFieldModel;
  /**
   * A readable `label` for each row (never empty, and telling rows apart): what the records'
   * dynamic dropdowns show, and a Find step built from the same read shows too.
   */
  labelOf?: (row: Record<string, unknown>) => string;
}

export interface TriggerSpec extends OperationSpec {
  /** Sort key for newest-first order (an ISO date field). */
  newestFirstBy?: string;
  /**
   * For triggers that read one record: fields that change when the record changes. With `id`
   * they form Zapier's dedupe key, so the trigger fires on each change.
   */
  changeMarkers?: string[];
  /**
   * GHL lists these records in storage order (paged by offset, with no sort parameter): polls
   * follow the list's tail rather than read its first page (`storageOrder.ts`).
   */
  storageOrder?: true;
  /**
   * GHL cannot order these records by their last change: besides the newest page, each poll reads
   * one older page in turn (its place kept in the connection cache), so a change to any record is
   * seen within one round of the list. `totalAt` is where the answer gives the record count.
   */
  sweep?: { pageParam: string; totalAt: string };
  /** Paging parameters, used only when a dynamic dropdown asks for its next page. */
  paging?: { sizeParam: string; pageSize: number; pageParam?: string; offsetParam?: string };
}

export interface SearchSpec extends OperationSpec {
  /** Alternative routes picked by which input is filled (first match wins), before the default route. */
  routesByInput?: Array<{ input: string } & Route>;
  /** A Find step over a list: how the rows are narrowed and ordered, and every match handed on. */
  matches?: ListMatches;
}

/**
 * Zapier uses a search's first result: a Find step over a list returns the best match, carrying
 * every match as line items, so a later step can loop over them; nothing matching returns [].
 */
export interface ListMatches {
  /** Keeps the rows that pass the step's own filters (inputs marked internal, never sent). */
  keep?: (row: Record<string, unknown>, values: Record<string, unknown>) => boolean;
  /**
   * Best match first by a date field: newest first; `ascending`, the earliest first; `upcoming`,
   * those still to come, soonest first, then the past ones, latest first.
   */
  orderBy?: { field: string; ascending?: boolean; upcoming?: boolean };
  /** The output key of the line items. */
  lineItemsKey: string;
}

export interface CreateSpec extends OperationSpec {
  /**
   * Names the event a create records (a gateway's message ID, or contact + text + time), so that
   * the same event arriving again within a week returns the first result instead of a second
   * record; undefined when the inputs do not identify one.
   */
  once?: (values: Record<string, unknown>) => string | undefined;
  /**
   * Zapier runs the step one at a time per connection and per this key (a template over the
   * inputs, `{{bundle.inputData.phone}}`), holding the lock at most `timeout` seconds: two runs
   * for the same new number never both create it.
   */
  lock?: { key: string; timeout: number };
  /**
   * GHL refused the create because the record exists and named it (a duplicate contact's
   * `meta.contactId`): the row is that record, read at `read`, instead of an error.
   */
  whenExists?: { read: Endpoint; idParam: string; unwrap: string };
}
