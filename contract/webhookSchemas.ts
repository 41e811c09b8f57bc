import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ghlOpenApiDir } from './specDir';

/**
 * GHL's webhook payloads, from its docs (`docs/webhook-<Event>.md`, a `json json_schema` block
 * each): what the sandbox's webhooks are held to, as its API answers are held to the OpenAPI specs.
 */
export const webhookSchema = (event: string, dir = ghlOpenApiDir()): Record<string, unknown> | undefined => {
  const file = join(dir, 'docs', `webhook-${event}.md`);
  if (!existsSync(file)) return undefined;
  const block = /```json json_schema\n([\s\S]*?)```/.exec(readFileSync(file, 'utf8'));
  return block ? (JSON.parse(block[1]!) as Record<string, unknown>) : undefined;
};

/** What is wrong with a payload against its event's documented schema ([] when it holds, or none is documented). */
export const webhookProblems = (payload: Record<string, unknown>): string[] => {
  const schema = webhookSchema(String(payload.type));
  if (!schema) return [];
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
  const type = String(payload.type);
  return validate(payload) ? [] : (validate.errors ?? []).map((e) => `${type}${e.instancePath} ${e.message ?? ''}`);
};
