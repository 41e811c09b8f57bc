import type { PlainOutputField, Search, Trigger } from 'zapier-platform-core';
import { defineGhlSearch, pageValues, specOf } from './define';
import type { Input } from './inputs';
import { outputField } from './outputFields';
import type { ListMatches, SearchSpec, TriggerSpec } from './spec';

/** What a Find step adds to a read that a trigger already defines. */
export interface FindStep {
  key: string;
  /** "Find …" */
  label: string;
  /** "Finds …" */
  description: string;
  /**
   * The step's own filter inputs, marked internal: never sent as they are. The app applies them
   * (`keep`), or `derive` turns them into what GHL's read takes.
   */
  filters?: Input[];
  keep?: ListMatches['keep'];
  /** Best match first; default: the read's newest first. */
  orderBy?: ListMatches['orderBy'];
  /** The read is of one record by its ID: found or not, with no line items. */
  one?: true;
  /** Values GHL's read takes that follow from the step's filters (a search body's `filters`). */
  derive?: SearchSpec['derive'];
}

/** Output key of every match, as line items. */
export const LINE_ITEMS_KEY = 'matches';

/** "Opportunity" → "Opportunities", "Task" → "Tasks": the nouns of GHL's records. */
const plural = (noun: string) =>
  /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;

const lineItems = (noun: string, fields: PlainOutputField[]): PlainOutputField => ({
  ...outputField(LINE_ITEMS_KEY, `All Matching ${plural(noun)}`),
  children: fields.filter((field) => !field.children),
});

/**
 * A Find step built from a trigger's read: the same endpoint, inputs, unwrap, sample and output
 * fields (one definition, never a second copy), returning the best match with every match as
 * line items. A Zap can use a trigger only as its first step; every later read is a search.
 */
export const findFromTrigger = (trigger: Trigger, find: FindStep): Search => {
  const polled = specOf(trigger) as TriggerSpec | undefined;
  if (!polled) throw new Error(`${trigger.key} was not built by defineGhlTrigger`);
  // How a trigger polls (its window, the list's tail, its sweep, its dedupe) is no part of a search.
  const { storageOrder: _tail, sweep: _sweep, changeMarkers: _markers, paging, newestFirstBy, ...read } = polled;
  const named = { ...read, key: find.key, label: find.label, description: find.description, hidden: false };
  if (find.one) return defineGhlSearch(named);
  const spec: SearchSpec = {
    ...named,
    inputs: [...read.inputs, ...(find.filters ?? [])],
    // A paged list is read from its first page, as its trigger polls it.
    ...(paging ? { constants: { ...read.constants, ...pageValues(paging, 0) } } : {}),
    ...(find.derive ? { derive: find.derive } : {}),
    sample: { ...read.sample, [LINE_ITEMS_KEY]: [read.sample] },
    outputFields: [...read.outputFields, lineItems(read.noun, read.outputFields)],
    matches: {
      lineItemsKey: LINE_ITEMS_KEY,
      keep: find.keep,
      orderBy: find.orderBy ?? (newestFirstBy ? { field: newestFirstBy } : undefined),
    },
  };
  return defineGhlSearch(spec);
};
