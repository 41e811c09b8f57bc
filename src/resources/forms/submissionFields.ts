type Row = Record<string, unknown>;

const objectOr = (value: unknown): Row =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {};

/**
 * A submission's answers are under `others`: standard fields by their name (`full_name`,
 * `phone`), custom fields by the field's ID (20 letters and digits), beside the page it came
 * from (`eventData`) and the form's field order (`fieldsOriSequance`).
 */
const CUSTOM_FIELD_ID = /^[A-Za-z0-9]{20}$/;

/** Keys the app adds to a submission row: not GHL's. */
export const SUBMISSION_ADDED_KEYS = ['phone', 'pageUrl', 'source', 'customFields'];

/**
 * What a Zap maps most, moved up from `others`: the phone answered, the page and traffic
 * source, and the custom-field answers as the `{ id, value }` list contact rows carry, so
 * they are named the same way (`custom__lead_source`).
 */
export const submissionAddedFields = (row: Row): Row => {
  const others = objectOr(row.others);
  const eventData = objectOr(others.eventData);
  const added: Row = {
    phone: others.phone,
    pageUrl: objectOr(eventData.page).url,
    source: eventData.source,
    customFields: Object.entries(others)
      .filter(([key]) => CUSTOM_FIELD_ID.test(key))
      .map(([id, value]) => ({ id, value })),
  };
  return Object.fromEntries(Object.entries(added).filter(([, value]) => value !== undefined && value !== ''));
};
