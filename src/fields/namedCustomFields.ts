import type { Bundle, PlainOutputField, ZObject } from 'zapier-platform-core';
import { hasSubAccount, subAccountOf } from '../auth/connection';
import { connectionCache } from '../auth/connectionCache';
import { callGhl } from '../http/client';
import type { Endpoint } from '../http/endpoint';
import { mediaFile } from '../operations/files';

/**
 * A location's custom fields by name on the rows of its contacts and opportunities. GHL answers
 * a record's custom fields as `{ id, value }` pairs (and declined to name them, its API tracker
 * issue 177): each field is added under a stable key made from its `fieldKey`, its value typed,
 * and the Zap editor is offered the fields by name (dynamic output fields).
 */
export type CustomFieldModel = 'contact' | 'opportunity';

export interface LocationCustomField {
  id: string;
  name: string;
  fieldKey?: string;
  dataType?: string;
}

export const CUSTOM_FIELDS_CALL = {
  method: 'GET',
  path: '/locations/{locationId}/customFields',
} as const satisfies Endpoint;
const KEEP_SECONDS = 24 * 60 * 60;

const cacheKey = (model: CustomFieldModel, locationId: string) => `ghl-custom-fields-${model}-${locationId}`;

const readFields = async (z: ZObject, bundle: Bundle, model: CustomFieldModel, locationId: string) => {
  const data = await callGhl<{ customFields?: LocationCustomField[] }>(z, bundle, {
    endpoint: CUSTOM_FIELDS_CALL,
    values: { locationId, model },
  });
  const fields = (data?.customFields ?? []).map(({ id, name, fieldKey, dataType }) => ({
    id,
    name,
    fieldKey,
    dataType,
  }));
  await connectionCache(z).set(cacheKey(model, locationId), fields, KEEP_SECONDS);
  return fields;
};

/** The location's custom fields of a model, read at most once a day (kept in the connection's cache). */
export const locationCustomFields = async (
  z: ZObject,
  bundle: Bundle,
  model: CustomFieldModel,
  { fresh = false } = {},
): Promise<LocationCustomField[]> => {
  if (!hasSubAccount(bundle)) return [];
  const locationId = subAccountOf(bundle);
  const kept = fresh ? undefined : await connectionCache(z).get<LocationCustomField[]>(cacheKey(model, locationId));
  return kept ?? readFields(z, bundle, model, locationId);
};

/** The row key of a field: `custom__` and its fieldKey less the model (`contact.lead_source` -> `custom__lead_source`). */
export const namedKey = (field: LocationCustomField) => {
  const base = (field.fieldKey ?? field.id).replace(/^[a-z_]+\./, '');
  return `custom__${base.replace(/[^A-Za-z0-9_]/g, '_')}`;
};

const OUTPUT_TYPES: Record<string, PlainOutputField['type']> = {
  NUMERICAL: 'number',
  MONETORY: 'number',
  DATE: 'datetime',
  FILE_UPLOAD: 'file',
  SIGNATURE: 'file',
};
const LISTS = new Set(['CHECKBOX', 'MULTIPLE_OPTIONS', 'FILE_UPLOAD']);

export const namedOutputFields = (fields: LocationCustomField[]): PlainOutputField[] =>
  fields.map((field) => {
    const list = LISTS.has(field.dataType ?? '');
    return {
      key: `${namedKey(field)}${list ? '[]' : ''}`,
      label: field.name,
      type: OUTPUT_TYPES[field.dataType ?? ''] ?? 'string',
    };
  });

/** Links a file field may hold: GHL gives a URL, a list of them, or `{ url }` objects keyed by id. */
const fileLinks = (value: unknown): string[] => {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(fileLinks);
  if (value && typeof value === 'object') {
    const { url } = value as { url?: unknown };
    return typeof url === 'string' ? fileLinks(url) : Object.values(value).flatMap(fileLinks);
  }
  return [];
};

/** A value as its field's type: numbers as numbers, dates as ISO dates, multi-options as lists, files as Zapier files. */
export const typedValue = (z: ZObject, field: LocationCustomField, value: unknown): unknown => {
  switch (field.dataType) {
    case 'NUMERICAL':
    case 'MONETORY': {
      const number = typeof value === 'number' ? value : Number(String(value).replace(/[\s,]/g, ''));
      return Number.isFinite(number) ? number : value;
    }
    case 'DATE': {
      const at =
        typeof value === 'number' || /^\d{9,13}$/.test(String(value))
          ? new Date(Number(value))
          : new Date(String(value));
      return Number.isNaN(at.getTime()) ? value : at.toISOString().slice(0, 10);
    }
    case 'CHECKBOX':
    case 'MULTIPLE_OPTIONS':
      return Array.isArray(value)
        ? value
        : String(value ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    case 'FILE_UPLOAD':
    case 'SIGNATURE':
      return fileLinks(value).map((url) => mediaFile(z, url));
    default:
      return value;
  }
};

type Row = Record<string, unknown>;
const pairsOf = (row: Row): Array<{ id: string; value: unknown }> =>
  Array.isArray(row.customFields)
    ? (row.customFields as Array<{ id?: unknown; value?: unknown; fieldValue?: unknown }>)
        .filter((f) => typeof f?.id === 'string')
        .map((f) => ({ id: f.id as string, value: f.value ?? f.fieldValue }))
    : [];

/**
 * The rows with each custom field by name beside the raw list. A field on a row that the cached
 * list lacks (added since) causes one fresh read; a field in the list that the row lacks (deleted
 * since, or empty) is left out.
 */
export const withNamedCustomFields = async (z: ZObject, bundle: Bundle, model: CustomFieldModel, rows: Row[]) => {
  const ids = new Set(rows.flatMap((row) => pairsOf(row).map((p) => p.id)));
  if (!ids.size) return rows;
  let fields = await locationCustomFields(z, bundle, model);
  if ([...ids].some((id) => !fields.some((f) => f.id === id)))
    fields = await locationCustomFields(z, bundle, model, { fresh: true });
  const byId = new Map(fields.map((f) => [f.id, f]));
  return rows.map((row) => {
    const named = pairsOf(row).flatMap(({ id, value }) => {
      const field = byId.get(id);
      return field && value !== undefined && value !== null ? [[namedKey(field), typedValue(z, field, value)]] : [];
    });
    return named.length ? { ...row, ...Object.fromEntries(named) } : row;
  });
};

/** Zapier's dynamic output fields: the location's custom fields by name, for mapping ("Lead Source"). */
export const namedCustomFieldOutputs = (model: CustomFieldModel) => async (z: ZObject, bundle: Bundle) =>
  namedOutputFields(await locationCustomFields(z, bundle, model));
