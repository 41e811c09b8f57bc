import { defineTrigger } from 'zapier-platform-core';
import type { Bundle, PlainOutputField, Trigger, ZObject } from 'zapier-platform-core';
import { SUB_ACCOUNT_INPUT, subAccountOf } from '../auth/connection';
import { subAccountPicker } from '../fields/subAccount';
import { type InstantEvent, matchesFilters } from '../relay/protocol';
import { subscribeAtRelay, unsubscribeAtRelay } from '../relay/relayClient';
import { pollTrigger, specOf } from './define';
import { withMediaFiles } from './files';
import type { Input } from './inputs';
import { parseInputs } from './run';
import type { TriggerSpec } from './spec';

type Row = Record<string, unknown>;

/** A filter a person sets on the trigger: an input, and the field of GHL's payload it must match. */
export interface HookFilter {
  input: Input;
  /** Dotted for nested fields (`appointment.calendarId`). */
  path: string;
}

/**
 * An instant trigger: GHL's webhook event, fanned out by the app's relay to this Zap's hook URL.
 * `perform` turns the relay's POST (GHL's payload as sent) into the row; `performList` reads the
 * same records through a polling trigger of the app, shaped as the payload, for Zapier's samples.
 */
export interface HookTriggerSpec {
  key: string;
  noun: string;
  label: string;
  description: string;
  event: InstantEvent;
  filters: HookFilter[];
  /** GHL's payload (or a listed record in the payload's shape) as the trigger's row. */
  toRow: (payload: Row) => Row;
  /** The row's media links handed on as Zapier files (as OperationSpec's `media`). */
  media?: { from: string; to: string };
  list: {
    /** The app's polling trigger over the same records. */
    trigger: Trigger;
    /** Its inputs, from this trigger's filter values; undefined when it cannot list without one. */
    inputData?: (values: Row) => Row | undefined;
    /**
     * Where the inputs come from when the filters give none: the newest record of another
     * polling trigger (GHL lists tasks per contact: the newest contact's).
     */
    otherwise?: { trigger: Trigger; inputData: (record: Row) => Row };
    /** One listed record in the shape of GHL's payload. */
    toPayload: (row: Row) => Row;
    /** The listed records the event is about (completed tasks only); all when omitted. */
    keep?: (row: Row) => boolean;
  };
  sample: Row;
  outputFields: PlainOutputField[];
}

const filtersOf = (z: ZObject, spec: HookTriggerSpec, bundle: Bundle) => {
  const values = parseInputs(z, { inputs: spec.filters.map((f) => f.input) }, bundle.inputData ?? {});
  const filters: Record<string, string> = {};
  for (const { input, path } of spec.filters) {
    const value = values[input.field.key];
    if (value !== undefined) filters[path] = String(value);
  }
  return { values, filters };
};

/** A poll of one of the app's polling triggers, on this step's sub-account. */
const poll = (z: ZObject, bundle: Bundle, trigger: Trigger, inputData: Row) =>
  pollTrigger(
    z,
    { ...bundle, inputData: { [SUB_ACCOUNT_INPUT]: bundle.inputData?.[SUB_ACCOUNT_INPUT], ...inputData } },
    specOf(trigger) as TriggerSpec,
  );

const listInputs = async (z: ZObject, bundle: Bundle, spec: HookTriggerSpec, values: Row) => {
  const given = spec.list.inputData ? spec.list.inputData(values) : {};
  if (given || !spec.list.otherwise) return given;
  const [newest] = await poll(z, bundle, spec.list.otherwise.trigger, {});
  return newest ? spec.list.otherwise.inputData(newest) : undefined;
};

const listed = async (z: ZObject, bundle: Bundle, spec: HookTriggerSpec): Promise<Row[]> => {
  const { values, filters } = filtersOf(z, spec, bundle);
  const inputData = await listInputs(z, bundle, spec, values);
  if (!inputData) return [];
  const rows = await poll(z, bundle, spec.list.trigger, inputData);
  return withMediaFiles(
    z,
    spec,
    rows
      .filter(spec.list.keep ?? (() => true))
      .map(spec.list.toPayload)
      .filter((payload) => matchesFilters(filters, payload))
      .map(spec.toRow),
  );
};

export const defineGhlHookTrigger = (spec: HookTriggerSpec): Trigger =>
  defineTrigger({
    key: spec.key,
    noun: spec.noun,
    display: { label: spec.label, description: spec.description },
    operation: {
      type: 'hook',
      inputFields: [subAccountPicker, ...spec.filters.map((f) => f.input.field)],
      performSubscribe: async (z, bundle) => {
        const { filters } = filtersOf(z, spec, bundle);
        return subscribeAtRelay(z, {
          hookUrl: bundle.targetUrl!,
          locationId: subAccountOf(bundle),
          eventType: spec.event,
          filters,
        });
      },
      performUnsubscribe: (z, bundle) => unsubscribeAtRelay(z, String(bundle.subscribeData?.id ?? '')),
      perform: (z, bundle) => {
        const payload = (bundle.cleanedRequest ?? {}) as Row;
        // The relay sends a location's events to its own Zaps only; a stray one is dropped here too.
        if (payload.locationId !== subAccountOf(bundle)) return [];
        return withMediaFiles(z, spec, [spec.toRow(payload)]);
      },
      performList: (z, bundle) => listed(z, bundle, spec),
      sample: spec.sample,
      outputFields: spec.outputFields,
    },
  });
