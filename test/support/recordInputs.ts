import type { OperationSpec } from '../../src/operations/spec';
import { exampleInputs } from './appOperations';
import type { LocationState } from '../../sandbox/store';

/** The IDs a dropdown trigger would offer, keyed by that trigger ("list_pipelines" -> a pipeline ID), or by trigger and value key when it offers something else. */
export type RecordIds = Record<string, string>;

/** What the seeded location's dropdowns offer first. */
export const seededIds = (state: LocationState): RecordIds => {
  const pipeline = state.pipelines[0];
  return {
    search_users: String(state.users[0]?.id),
    list_campaigns: String(state.campaigns[0]?.id),
    list_businesses: String(state.businesses[0]?.id),
    list_tags: 'sms-lead',
    list_pipelines: String(pipeline?.id),
    list_pipeline_stages: String((pipeline?.stages as Array<{ id: string }> | undefined)?.[0]?.id),
    list_lost_reasons: String(state.lostReasons[0]?.id),
    list_calendars: 'calDental0000000001',
    list_workflows: String(state.workflows[0]?.id),
    list_calendar_groups: 'grpCheckups00000001',
    list_snapshots: String(state.snapshots[0]?.id),
    list_locations: String(state.location.id),
    find_associations: String([...state.associations.keys()][0]),
    'find_associations.key': String([...state.associations.values()][0]?.key),
    'list_custom_objects.key': String(state.objectSchemas[0]?.key),
    list_custom_object_records: String([...state.objectRecords.keys()][0]),
    get_blogs: String(state.blogs[0]?._id),
    get_blog_authors: String(state.blogAuthors[0]?._id),
    get_blog_categories: String(state.blogCategories[0]?._id),
  };
};

let unique = 0;

/**
 * Each field's example, with dropdown fields pointing at real sandbox records (the dropdown's
 * trigger names which, unless the operation names its own) and emails and phones made unique so creates are never duplicates.
 */
export const inputsWithRecords = (spec: OperationSpec, ids: RecordIds): Record<string, unknown> => {
  const values = exampleInputs(spec, undefined);
  unique += 1;
  for (const { field } of spec.inputs) {
    if (!(field.key in values)) continue;
    const [source, valueKey = 'id'] = (field.dynamic ?? field.search ?? '').split('.');
    // A dropdown offers IDs unless it names another value (an association's key).
    // An operation that needs a record in a state of its own names it (`<operation>.<field>`).
    const id =
      ids[`${spec.key}.${field.key}`] ??
      (source === 'find_contact'
        ? ids.new_contact
        : source && (ids[`${source}.${valueKey}`] ?? (valueKey === 'id' ? ids[source] : undefined)));
    if (id) values[field.key] = id;
    else if (field.key === 'email') values.email = `lead${unique}@example.com`;
    else if (field.key === 'phone') values.phone = `+2782${String(1_000_000 + unique)}`;
  }
  return values;
};
