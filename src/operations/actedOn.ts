import type { PlainOutputField } from 'zapier-platform-core';
import type { Input } from './inputs';
import { outputField } from './outputFields';
import type { OperationSpec } from './spec';

type Row = Record<string, unknown>;

/**
 * Many of GHL's actions answer only a success flag (`{ "succeded": true }`, spelled three ways) or
 * a bare list (a contact's tags). Zapier's reviewers ask actions to return what they acted on, so
 * a later step can map it: such an answer gets the record IDs the step was given (and `id` when
 * there is one), and one `success` flag whatever GHL's spelling.
 */
const SUCCESS_SPELLINGS = ['succeded', 'succeeded', 'success'] as const;

export const successFlag = (answer: Row): boolean | undefined =>
  SUCCESS_SPELLINGS.map((key) => answer[key]).find((flag): flag is boolean => typeof flag === 'boolean');

const isRecordId = (input: Input) => /^(id|ids)$|Ids?$/.test(input.field.key);

/** The inputs that name what an action acted on (contact, task, campaign, …). */
export const actedOnInputs = (spec: OperationSpec): Input[] => spec.inputs.filter(isRecordId);

/** Whether the app adds what the action acted on: GHL's answer names no record of its own. */
export const answersWithoutRecord = (spec: OperationSpec): boolean => !('id' in spec.sample);

/** The keys the app adds to such an answer (for the contract tests, which hold GHL's own keys to its spec). */
export const actedOnKeys = (spec: OperationSpec): string[] =>
  answersWithoutRecord(spec) ? ['id', ...actedOnInputs(spec).map((i) => i.field.key), 'success'] : [];

const single = (spec: OperationSpec) => {
  const ids = actedOnInputs(spec);
  return ids.find((i) => i.field.key === 'id') ?? (ids.length === 1 ? ids[0] : undefined);
};

export const withActedOn = (spec: OperationSpec, answer: Row, values: Row): Row => {
  const named = Object.fromEntries(
    actedOnInputs(spec)
      .map((i) => [i.field.key, values[i.field.key]])
      .filter(([, v]) => v !== undefined),
  );
  const primary = single(spec);
  const id = primary ? values[primary.field.key] : undefined;
  const flag = successFlag(answer);
  return {
    ...(typeof id === 'string' ? { id } : {}),
    ...named,
    ...answer,
    ...(flag === undefined ? {} : { success: flag }),
  };
};

const idLabel = ({ field }: Input) => {
  const label = field.label ?? field.key;
  return /\bIDs?$/.test(label) ? label : field.list ? `${label} (IDs)` : `${label} ID`;
};

/** The sample and output fields of such an action, with what the app adds. */
export const actedOnShape = (spec: OperationSpec): { sample: Row; outputFields: PlainOutputField[] } => {
  const examples = Object.fromEntries(
    actedOnInputs(spec).map((i) => [i.field.key, i.field.list ? i.example.split(',').map((s) => s.trim()) : i.example]),
  );
  const sample = withActedOn(spec, spec.sample, examples);
  const added: PlainOutputField[] = [
    ...(sample.id !== undefined && !('id' in examples) ? [outputField('id', idLabel(single(spec)!))] : []),
    ...actedOnInputs(spec).map((i) =>
      outputField(i.field.key, idLabel(i), 'string', i.field.list ? { list: true } : {}),
    ),
    ...(successFlag(spec.sample) === undefined ? [] : [outputField('success', 'Succeeded', 'boolean')]),
  ];
  const own = new Set(added.map((f) => f.key));
  return { sample, outputFields: [...added, ...spec.outputFields.filter((f) => !own.has(f.key))] };
};
