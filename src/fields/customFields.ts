import type { Bundle, PlainInputField, ZObject } from 'zapier-platform-core';
import { hasSubAccount, subAccountOf } from '../auth/connection';
import { callGhl } from '../http/client';
import { blankToUndefined } from '../operations/inputs';
import type { DynamicInputs } from '../operations/spec';
import { CUSTOM_FIELDS_CALL, type CustomFieldModel } from './namedCustomFields';

/** A location's custom field (GET /locations/{locationId}/customFields). */
interface GhlCustomField {
  id: string;
  name: string;
  dataType?: string;
  picklistOptions?: string[];
  placeholder?: string;
}

const KEY_PREFIX = 'customField__';
const MULTI_VALUE = new Set(['CHECKBOX', 'MULTIPLE_OPTIONS']);
const PICKLIST = new Set(['SINGLE_OPTIONS', 'RADIO', 'CHECKBOX', 'MULTIPLE_OPTIONS']);
const NUMERIC = new Set(['NUMERICAL', 'MONETORY']);
/** Files need an upload first: they are not offered as plain inputs. */
const UNSUPPORTED = new Set(['FILE_UPLOAD', 'SIGNATURE']);

const typeFor = (dataType: string): PlainInputField['type'] => {
  if (NUMERIC.has(dataType)) return 'number';
  if (dataType === 'DATE') return 'datetime';
  if (dataType === 'LARGE_TEXT') return 'text';
  return 'string';
};

/** How an empty custom field is treated: left out of a new contact, or left as it is on an existing one. */
export type CustomFieldMode = 'create' | 'update';

export const toInputField = (field: GhlCustomField, mode: CustomFieldMode = 'update'): PlainInputField => {
  const dataType = field.dataType ?? 'TEXT';
  const options = PICKLIST.has(dataType) ? (field.picklistOptions ?? []) : [];
  return {
    key: `${KEY_PREFIX}${field.id}`,
    label: field.name,
    helpText: `Custom field "${field.name}"${field.placeholder ? ` (${field.placeholder})` : ''}.${mode === 'update' ? ' Leave empty to keep its current value.' : ''}`,
    required: false,
    type: typeFor(dataType),
    ...(MULTI_VALUE.has(dataType) ? { list: true } : {}),
    ...(options.length ? { choices: options } : {}),
  };
};

const fetchFields =
  (model: CustomFieldModel, mode: CustomFieldMode) =>
  async (z: ZObject, bundle: Bundle): Promise<PlainInputField[]> => {
    // An agency connection has no custom fields until the step's sub-account is picked.
    if (!hasSubAccount(bundle)) return [];
    const data = await callGhl<{ customFields?: GhlCustomField[] }>(z, bundle, {
      endpoint: CUSTOM_FIELDS_CALL,
      values: { locationId: subAccountOf(bundle), model },
    });
    return (data?.customFields ?? [])
      .filter((f) => !UNSUPPORTED.has(f.dataType ?? ''))
      .map((f) => toInputField(f, mode));
  };

/** Values are sent as strings or string lists: GHL converts them to the field's type. */
const toFieldValue = (value: unknown): string | string[] => (Array.isArray(value) ? value.map(String) : String(value));

/** The filled custom fields, as `{ id, <valueKey> }`. */
const collectAs = (valueKey: 'fieldValue' | 'field_value') => (inputData: Record<string, unknown>) => {
  const customFields = Object.entries(inputData)
    .filter(([key]) => key.startsWith(KEY_PREFIX))
    .map(([key, raw]) => [key.slice(KEY_PREFIX.length), blankToUndefined(raw)] as const)
    .filter(([id, value]) => value !== undefined && /^[A-Za-z0-9_-]+$/.test(id))
    .map(([id, value]) => ({ id, [valueKey]: toFieldValue(value) }));
  return customFields.length ? { customFields } : {};
};

/**
 * Contacts: `{ id, fieldValue }`. GHL's v2 spec names only `field_value`, but GHL's contacts API
 * takes `fieldValue` (its v3 spec marks `field_value` deprecated), and clients that sent
 * `field_value` on contact updates saw them fail (n8n issue 35392, fixed by sending `fieldValue`).
 */
export const collectCustomFields = collectAs('fieldValue');

/** Contact custom fields as inputs with their real names; only the filled ones are sent. */
export const contactCustomFields = (mode: CustomFieldMode): DynamicInputs => ({
  fields: fetchFields('contact', mode),
  calls: [CUSTOM_FIELDS_CALL],
  collect: collectCustomFields,
});

/**
 * Opportunity custom fields, sent as the opportunities spec gives them (`{ id, field_value }`,
 * on create and update; its upsert takes none). No report says otherwise for opportunities.
 */
export const opportunityCustomFields = (mode: CustomFieldMode): DynamicInputs => ({
  fields: fetchFields('opportunity', mode),
  calls: [CUSTOM_FIELDS_CALL],
  collect: collectAs('field_value'),
});
