import Ajv from 'ajv';
import { ghlSnapshot } from './snapshot/files';

/**
 * GHL's webhook payloads, from its docs (a JSON schema per event, kept in the snapshot): what the sandbox's webhooks are held to, as its API answers are held to the OpenAPI specs.
 */
export const webhookSchema = (event: string): Record<string, unknown> | undefined => ghlSnapshot().webhooks[event];

/** What is wrong with a payload against its event's documented schema ([] when it holds, or none is documented). */
export const webhookProblems = (payload: Record<string, unknown>): string[] => {
  const schema = webhookSchema(String(payload.type));
  if (!schema) return [];
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  const type = String(payload.type);
  return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${type}${e.instancePath} ${e.message ?? ''}`);
};
