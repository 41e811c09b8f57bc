import type { Bundle, PlainInputField, PlainOutputField, ZObject } from 'zapier-platform-core';
import { hasSubAccount, subAccountOf } from '../auth/connection';
import { callGhl } from '../http/client';
import type { Endpoint } from '../http/endpoint';
import { blankToUndefined } from '../operations/inputs';
import type { DynamicInputs } from '../operations/spec';
import { type CustomFieldMode, toInputField } from './customFields';

/**
 * A custom object's fields (GET /objects/{key} with `fetchProperties`), offered as the inputs
 * and outputs of its records. A record keeps its values under `properties`, each keyed by the
 * field's key less the object's (`custom_objects.treatment_plans.sessions` → `sessions`).
 */
export const OBJECT_SCHEMA_CALL = { method: 'GET', path: '/objects/{key}' } as const satisfies Endpoint;

interface ObjectField {
  id: string;
  name: string;
  fieldKey: string;
  dataType?: string;
  placeholder?: string;
  options?: Array<{ key: string; label: string }>;
}

/** Files need an upload and a textbox list one key per option: neither is a plain input. */
const NOT_INPUTS = new Set(['FILE_UPLOAD', 'TEXTBOX_LIST']);
const LISTS = new Set(['CHECKBOX', 'MULTIPLE_OPTIONS']);

const propertyKey = (objectKey: string, field: ObjectField) =>
  field.fieldKey.startsWith(`${objectKey}.`)
    ? field.fieldKey.slice(objectKey.length + 1)
    : field.fieldKey.split('.').pop()!;

/** The object picked in the step (its `schemaKey` input) and its fields; none until one is picked. */
const fieldsOfPicked = async (z: ZObject, bundle: Bundle) => {
  const objectKey = blankToUndefined(bundle.inputData?.schemaKey);
  if (!hasSubAccount(bundle) || typeof objectKey !== 'string') return [];
  const data = await callGhl<{ fields?: ObjectField[] }>(z, bundle, {
    endpoint: OBJECT_SCHEMA_CALL,
    values: { key: objectKey, locationId: subAccountOf(bundle), fetchProperties: true },
    allowNotFound: true,
  });
  return (data?.fields ?? []).map((field) => ({ ...field, key: propertyKey(objectKey, field) }));
};

/**
 * An input's key carries its field's data type (`property__MONETORY__fee`): a value's shape
 * depends on it, and `collect` sees only the filled values.
 */
const PREFIX = 'property__';
const KEY = /^property__([A-Z_]+)__([A-Za-z0-9_]+)$/;

const inputFor =
  (mode: CustomFieldMode) =>
  (field: ObjectField & { key: string }): PlainInputField => {
    const options = field.options ?? [];
    const dataType = field.dataType ?? 'TEXT';
    return {
      ...toInputField({ ...field, picklistOptions: options.map((o) => o.key) }, mode),
      key: `${PREFIX}${dataType}__${field.key}`,
      ...(options.length ? { choices: Object.fromEntries(options.map((o) => [o.key, o.label])) } : {}),
    };
  };

const numberOf = (key: string, value: unknown) => {
  const number = typeof value === 'number' ? value : Number(String(value).replace(/[\s,]/g, ''));
  if (!Number.isFinite(number)) throw new Error(`"${key}" must be a number, such as 1500`);
  return number;
};

/** Each value in the shape GHL's record properties take (a currency amount as `{ currency, value }`). */
const propertyValue = (dataType: string, key: string, value: unknown): unknown => {
  switch (dataType) {
    case 'NUMERICAL':
      return numberOf(key, value);
    case 'MONETORY':
      return { currency: 'default', value: numberOf(key, value) };
    case 'DATE': {
      // Zapier hands over a date in the Zap's time zone: its calendar day is the one meant.
      const day = /^\d{4}-\d{2}-\d{2}/.exec(String(value))?.[0];
      if (!day) throw new Error(`"${key}" must be a date, such as 2026-12-10`);
      return day;
    }
    case 'CHECKBOX':
    case 'MULTIPLE_OPTIONS':
      return (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim()).filter(Boolean);
    default:
      return String(value);
  }
};

const collectProperties = (inputData: Record<string, unknown>) => {
  const properties = Object.fromEntries(
    Object.entries(inputData).flatMap(([key, raw]) => {
      const [, dataType, property] = KEY.exec(key) ?? [];
      const value = blankToUndefined(raw);
      return dataType && property && value !== undefined ? [[property, propertyValue(dataType, property, value)]] : [];
    }),
  );
  return Object.keys(properties).length ? { properties } : {};
};

/** The picked object's fields as inputs with their names; only the filled ones are sent, under `properties`. */
export const objectPropertyInputs = (mode: CustomFieldMode): DynamicInputs => ({
  fields: async (z, bundle) =>
    (await fieldsOfPicked(z, bundle)).filter((f) => !NOT_INPUTS.has(f.dataType ?? '')).map(inputFor(mode)),
  calls: [OBJECT_SCHEMA_CALL],
  collect: collectProperties,
});

const OUTPUT_TYPES: Record<string, PlainOutputField['type']> = {
  NUMERICAL: 'number',
  DATE: 'datetime',
  FILE_UPLOAD: 'file',
};

/** The picked object's fields by name in the Zap editor (`properties__sessions` as "Sessions"). */
export const objectPropertyOutputs = async (z: ZObject, bundle: Bundle): Promise<PlainOutputField[]> =>
  (await fieldsOfPicked(z, bundle)).map((field) => {
    const dataType = field.dataType ?? '';
    // A currency amount is `{ currency, value }`: the amount is what a Zap maps.
    if (dataType === 'MONETORY') return { key: `properties__${field.key}__value`, label: field.name, type: 'number' };
    return {
      key: `properties__${field.key}${LISTS.has(dataType) ? '[]' : ''}`,
      label: field.name,
      type: OUTPUT_TYPES[dataType] ?? 'string',
    };
  });
