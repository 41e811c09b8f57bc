import type { Bundle, ZObject } from 'zapier-platform-core';
import type { z as zod } from 'zod';
import { companyIdOf, requireAgencyConnection, subAccountOf } from '../auth/connection';
import { callGhl } from '../http/client';
import { type Endpoint, pathParams } from '../http/endpoint';
import { blankToUndefined } from './inputs';
import type { ConnectionId, OperationSpec, Route } from './spec';
import { resolveWallTimes } from './wallTimes';

const describeIssue = (label: string, issue: zod.core.$ZodIssue): string => `"${label}" ${issue.message}`;

/**
 * Checks and shapes every input before anything is sent: one error names every field to fix.
 */
export const parseInputs = (z: ZObject, spec: OperationSpec, inputData: Record<string, unknown>) => {
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
  const crossField = problems.length ? undefined : spec.check?.(values, spec.inputs);
  if (crossField) problems.push(crossField);
  if (problems.length) {
    throw new z.errors.Error(`Please fix the step's fields: ${problems.join('; ')}.`, 'InvalidInput', 400);
  }
  return values;
};

const connectionValue = (bundle: Bundle, id: ConnectionId): string => (id === 'companyId' ? companyIdOf(bundle) : subAccountOf(bundle));

const withConnectionIds = (spec: OperationSpec, bundle: Bundle, values: Record<string, unknown>) => ({
  ...values,
  ...Object.fromEntries(
    (spec.fromConnection ?? []).map((id) =>
      typeof id === 'string' ? [id, connectionValue(bundle, id)] : [id.as, id.asList ? [connectionValue(bundle, id.from)] : connectionValue(bundle, id.from)],
    ),
  ),
});

const pick = (values: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(values).filter(([key]) => keys.includes(key)));

/** The part of GHL's answer under `key`; a dotted key ("messages.messages") walks into nested objects. */
export const unwrap = (data: unknown, key: string | undefined): unknown =>
  (key ? key.split('.') : []).reduce<unknown>((held, part) => (held && typeof held === 'object' ? (held as Record<string, unknown>)[part] : undefined), data);

type RunOptions = { route?: Route; extraValues?: Record<string, unknown>; allowNotFound?: boolean };

/** Everything up to the main call: parsed inputs, the endpoint, and the values it is sent with. */
export const prepareCall = async (z: ZObject, bundle: Bundle, spec: OperationSpec, options: RunOptions = {}) => {
  if (spec.audience === 'agency') requireAgencyConnection(bundle, spec.label);
  const inputValues = parseInputs(z, spec, bundle.inputData ?? {});
  const route = options.route ?? spec;
  const endpoint: Endpoint = route.endpoint;
  const given = await resolveWallTimes(z, bundle, Object.fromEntries(Object.entries(inputValues).filter(([, v]) => v !== undefined)));
  const known = withConnectionIds(spec, bundle, { ...spec.constants, ...spec.defaults?.(), ...given, ...spec.derive?.(given), ...options.extraValues });
  const ghl = (at: Endpoint, values: Record<string, unknown>) => callGhl(z, bundle, { endpoint: at, values, allowNotFound: true, audience: spec.audience });
  const all = spec.lookup ? { ...known, ...(await spec.lookup.run(ghl, known)) } : known;
  const values = route.sends ? pick(all, [...route.sends, ...pathParams(endpoint.path)]) : all;
  return { inputValues, route, endpoint, values };
};

/** Parse, call, unwrap: the shared core of every trigger, search and create. */
export const runOperation = async (z: ZObject, bundle: Bundle, spec: OperationSpec, options: RunOptions = {}) => {
  const { inputValues, route, endpoint, values } = await prepareCall(z, bundle, spec, options);
  const data = await callGhl(z, bundle, { endpoint, values, allowNotFound: options.allowNotFound, audience: spec.audience });
  return { values: inputValues, data: data === null ? null : unwrap(data, route.unwrap) };
};
