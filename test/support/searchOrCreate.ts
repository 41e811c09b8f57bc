import type { SearchOrCreate } from 'zapier-platform-core';
import App from '../../index';

type Row = Record<string, unknown>;
type Runner = <T = Row[] | Row>(kind: 'searches' | 'creates', key: string, inputData: Row) => Promise<T>;

/**
 * A Find or Create step as Zapier runs it from the definition (its CLI cannot): the search with
 * the step's search inputs; nothing found, the create; found and the Zap asks to update, the
 * update, with the found record's values put into the update's inputs as
 * `updateInputFromSearchOutput` says. Returns which ran, and its result.
 */
export const runSearchOrCreate = async (
  run: Runner,
  key: string,
  inputs: { search: Row; create: Row; update?: Row },
): Promise<{ ran: 'search' | 'create' | 'update'; result: Row }> => {
  const step = App.searchOrCreates?.[key] as
    (SearchOrCreate & { update?: string; updateInputFromSearchOutput?: Record<string, string> }) | undefined;
  if (!step) throw new Error(`The app has no Find or Create step ${key}`);
  const [found] = await run<Row[]>('searches', step.search, inputs.search);
  if (!found) return { ran: 'create', result: await run<Row>('creates', step.create, inputs.create) };
  if (!inputs.update || !step.update) return { ran: 'search', result: found };
  const fromSearch = Object.fromEntries(
    Object.entries(step.updateInputFromSearchOutput ?? {}).map(([input, output]) => [input, found[output]]),
  );
  return { ran: 'update', result: await run<Row>('creates', step.update, { ...inputs.update, ...fromSearch }) };
};
