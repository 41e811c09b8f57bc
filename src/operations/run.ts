import type { Bundle, ZObject } from 'zapier-platform-core';
import type { z as zod } from 'zod';
import { companyIdOf, requireAgencyConnection, subAccountOf } from '../auth/connection';
import { callGhl } from '../http/client';
import { type Endpoint, pathParams } from '../http/endpoint';
import { locationProfile } from '../fields/locationProfile';
import { quotedList } from './checks';
import { InputProblem, type ResolveContext, type StepSettings, blankToUndefined } from './inputs';
import type { ConnectionId, OperationSpec, Route } from './spec';
import { unwrap } from './unwrap';
import { isTimeZone } from './zonedTime';

const describeIssue = (label: string, issue: zod.core.$ZodIssue): string => `"${label}" ${issue.message}`;

const labelsOf = (spec: Pick<OperationSpec, 'inputs'>, keys: string[]) =>
  keys.map((key) => spec.inputs.find((i) => i.field.key === key)?.field.label ?? key);

const fixFields = (z: ZObject, problems: string[]) =>
  new z.errors.Error(`Please fix the step's fields: ${problems.join('; ')}.`, 'InvalidInput', 400);

/** What input checking reads of a spec: its inputs and the rules between them. */
type CheckedSpec = Pick<OperationSpec, 'inputs' | 'dynamicInputs' | 'exclusive' | 'check'>;

/**
 * Checks and shapes every input before anything is sent: one error names every field to fix.
 */
export const parseInputs = (z: ZObject, spec: CheckedSpec, inputData: Record<string, unknown>) => {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const { field, parse } of spec.inputs) {
    const label = field.label ?? field.key;
    if (field.required && blankToUndefined(inputData[field.key]) === undefined) {
      problems.push(`"${label}" is required`);
      continue;
    }
    const result = parse.safeParse(inputData[field.key]);
    if (result.success) values[field.key] = result.data;
    else problems.push(...result.error.issues.map((issue) => describeIssue(label, issue)));
  }
  for (const group of spec.dynamicInputs ?? []) {
    try {
      Object.assign(values, group.collect(inputData));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  for (const { keys, why } of spec.exclusive ?? []) {
    const filled = keys.filter((key) => values[key] !== undefined);
    if (filled.length > 1) problems.push(`fill in ${quotedList(labelsOf(spec, keys))}, not both: ${why}`);
  }
  const crossField = problems.length ? undefined : spec.check?.(values, spec.inputs);
  if (crossField) problems.push(crossField);
  if (problems.length) throw fixFields(z, problems);
  return values;
};

/** The value of the input that gives a step-wide setting, if the step has one and it was filled. */
const stepSetting = (spec: OperationSpec, values: Record<string, unknown>, setting: keyof StepSettings) => {
  const key = spec.inputs.find((i) => i.setting === setting)?.field.key;
  return key === undefined ? undefined : values[key];
};

/** The country a phone number without one is read in: the step's Phone Country, the record's own Country, the location's. */
const phoneCountryFor =
  (z: ZObject, bundle: Bundle, spec: OperationSpec, values: Record<string, unknown>) => async () => {
    const own = [stepSetting(spec, values, 'phoneCountry'), values.country].find(
      (c) => typeof c === 'string' && /^[A-Z]{2}$/i.test(c),
    ) as string | undefined;
    return own?.toUpperCase() ?? (await locationProfile(z, bundle)).country;
  };

/** The zone wall-clock times are read in: the step's Time Zone, else the location's, else UTC. */
const timeZoneFor = (z: ZObject, bundle: Bundle, spec: OperationSpec, values: Record<string, unknown>) => async () => {
  const given = stepSetting(spec, values, 'timeZone');
  if (typeof given === 'string') return given;
  const zone = (await locationProfile(z, bundle)).timezone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
};

/** The inputs whose reading needs more than their value (phones need a country), read in turn; one error names every field. */
const resolveInputs = async (z: ZObject, bundle: Bundle, spec: OperationSpec, values: Record<string, unknown>) => {
  const context: ResolveContext = {
    phoneCountry: phoneCountryFor(z, bundle, spec, values),
    timeZone: timeZoneFor(z, bundle, spec, values),
  };
  const problems: string[] = [];
  for (const { field, resolve } of spec.inputs) {
    if (!resolve || values[field.key] === undefined) continue;
    try {
      values[field.key] = await resolve(values[field.key], context);
    } catch (error) {
      if (!(error instanceof InputProblem)) throw error;
      problems.push(`"${field.label ?? field.key}" ${error.message}`);
    }
  }
  if (problems.length) throw fixFields(z, problems);
  return values;
};

/** Values for GHL: those given, less the ones only the app reads. */
const toSend = (spec: OperationSpec, values: Record<string, unknown>) => {
  const internal = new Set(spec.inputs.filter((i) => i.internal).map((i) => i.field.key));
  return Object.fromEntries(Object.entries(values).filter(([key, v]) => v !== undefined && !internal.has(key)));
};

const connectionValue = (bundle: Bundle, id: ConnectionId): string =>
  id === 'companyId' ? companyIdOf(bundle) : subAccountOf(bundle);

const withConnectionIds = (spec: OperationSpec, bundle: Bundle, values: Record<string, unknown>) => ({
  ...values,
  ...Object.fromEntries(
    (spec.fromConnection ?? []).map((id) =>
      typeof id === 'string'
        ? [id, connectionValue(bundle, id)]
        : [id.as, id.asList ? [connectionValue(bundle, id.from)] : connectionValue(bundle, id.from)],
    ),
  ),
});

const pick = (values: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(values).filter(([key]) => keys.includes(key)));

/** GHL tags every answer with a `traceId` for its own logs: nothing a Zap should see or map. */
const withoutTraceId = <T>(answer: T): T => {
  if (!answer || typeof answer !== 'object' || Array.isArray(answer) || !('traceId' in answer)) return answer;
  const { traceId: _traceId, ...rest } = answer as Record<string, unknown>;
  return rest as T;
};

type RunOptions = {
  route?: Route;
  extraValues?: Record<string, unknown>;
  allowNotFound?: boolean;
  allowExisting?: boolean;
};

/** Everything up to the main call: parsed inputs, the endpoint, and the values it is sent with. */
export const prepareCall = async (z: ZObject, bundle: Bundle, spec: OperationSpec, options: RunOptions = {}) => {
  if (spec.audience === 'agency') requireAgencyConnection(bundle, spec.label);
  const inputValues = await resolveInputs(z, bundle, spec, parseInputs(z, spec, bundle.inputData ?? {}));
  const route = options.route ?? spec;
  const endpoint: Endpoint = route.endpoint;
  const given = toSend(spec, inputValues);
  const known = withConnectionIds(spec, bundle, {
    ...spec.constants,
    ...spec.defaults?.(),
    ...given,
    ...spec.derive?.(given, inputValues),
    ...options.extraValues,
  });
  const ghl = (at: Endpoint, values: Record<string, unknown>) =>
    callGhl(z, bundle, { endpoint: at, values, allowNotFound: true, audience: spec.audience });
  const all = spec.lookup ? { ...known, ...(await spec.lookup.run(ghl, known, { z, bundle })) } : known;
  const values = route.sends ? pick(all, [...route.sends, ...pathParams(endpoint.path)]) : all;
  return { inputValues, route, endpoint, values };
};

/** Parse, call, unwrap: the shared core of every trigger, search and create. */
export const runOperation = async (z: ZObject, bundle: Bundle, spec: OperationSpec, options: RunOptions = {}) => {
  const { inputValues, route, endpoint, values } = await prepareCall(z, bundle, spec, options);
  const data = withoutTraceId(
    await callGhl(z, bundle, {
      endpoint,
      values,
      allowNotFound: options.allowNotFound,
      allowExisting: options.allowExisting,
      audience: spec.audience,
    }),
  );
  return { values: inputValues, data: data === null ? null : unwrap(data, route.unwrap), answer: data };
};
