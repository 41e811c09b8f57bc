import type { Input } from './inputs';

/** Cross-field rules shared by rows, returning the message a person sees. */

const filled = (values: Record<string, unknown>, key: string) => values[key] !== undefined;

/** One of several optional fields must be given (Zapier's "one of two required" pattern). */
export const atLeastOneOf =
  (labels: Record<string, string>, purpose: string) =>
  (values: Record<string, unknown>): string | undefined =>
    Object.keys(labels).some((key) => filled(values, key))
      ? undefined
      : `fill in ${Object.values(labels)
          .map((l) => `"${l}"`)
          .join(' or ')} ${purpose}`;

/** `"A"`, `"A" or "B"`, `"A", "B" or "C"`: field labels as a message names them. */
export const quotedList = (labels: string[]) =>
  labels.length > 1
    ? `${labels
        .slice(0, -1)
        .map((l) => `"${l}"`)
        .join(', ')} or "${labels.at(-1)}"`
    : `"${labels[0]}"`;

/** An update with nothing to change is a mistake in the Zap, not a no-op to send. */
export const somethingToChange =
  (ignore: string[]) =>
  (values: Record<string, unknown>, inputs: Input[]): string | undefined => {
    if (Object.entries(values).some(([key, value]) => !ignore.includes(key) && value !== undefined)) return undefined;
    const changeable = inputs.filter((i) => !ignore.includes(i.field.key)).map((i) => i.field.label ?? i.field.key);
    return `fill in at least one field to change, such as ${quotedList(changeable.slice(0, 3))} (empty fields are left as they are)`;
  };
