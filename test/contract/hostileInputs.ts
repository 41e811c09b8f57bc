import fc from 'fast-check';
import type { OperationSpec } from '../../src/operations/spec';

/** What people and upstream steps actually map into fields: blanks, junk, and many national formats. */
const HOSTILE_TEXT = [
  '',
  ' ',
  '\t\n ',
  'x'.repeat(20_000),
  'Zoë Ångström-Nkosi',
  '💥🔥👩🏽‍⚕️',
  '\u0000',
  '\u202Eevil',
  '<script>alert(1)</script>',
  "'; DROP TABLE contacts;--",
  '../',
  '../../etc/passwd',
  'a/b',
  '%2e%2e%2f',
  '..%2F',
  '?x=1',
  '#frag',
  'null',
  'NaN',
  '1e309',
  '-1',
  '0',
];
const EMAILS = [
  'thandi@example.com',
  'THANDI@EXAMPLE.COM ',
  'a@',
  '@b.com',
  'a@b',
  'a b@c.com',
  'thandi@@example.com',
  'thandi@example.com,sam@example.com',
];
const PHONES = [
  '+27 82 555 0143',
  '082 555 0143',
  '(082) 555-0143',
  '082.555.0143',
  '+1-555-010-0199',
  '+44 20 7946 0958',
  '0044 20 7946 0958',
  '+91 98765 43210',
  '+234 803 123 4567',
  '555',
  '+',
  '12345678901234567',
  'call me',
  '+27 82 555 0143 ext 12',
];
const DATES = [
  '2026-11-22',
  '2026-11-22T15:30:00+02:00',
  '2026-11-22T15:30:00Z',
  '2026-11-22 15:30',
  '11/23/2026 3pm',
  '23.11.2026',
  '1700000000',
  '1700000000000',
  'Sun, 22 Nov 2026 15:30:00 GMT',
  '2026-02-30',
  'tomorrow',
  '25 September 1990',
  '1990-09-25T00:00:00-05:00',
  'not a date',
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT, ...EMAILS, ...PHONES, ...DATES),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Zapier hands over strings mostly, but a mapped value can be a number, a boolean, null or a list. */
const anyValue = fc.oneof(
  { weight: 6, arbitrary: text },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
);

/**
 * An operation's inputs as a person might really fill them: every field's valid example, some
 * optional fields left out, and up to three fields overwritten with random or hostile values.
 * Starting from valid inputs keeps runs that pass every check, and reach GHL, common.
 */
export const hostileInputs = (spec: OperationSpec) => {
  const keys = spec.inputs.map((input) => input.field.key);
  const optional = spec.inputs.filter((input) => !input.field.required).map((input) => input.field.key);
  const examples = Object.fromEntries(spec.inputs.map((input) => [input.field.key, input.example as unknown]));
  return fc
    .tuple(fc.subarray(optional), fc.array(fc.tuple(fc.constantFrom(...keys), anyValue), { maxLength: 3 }))
    .map(([left, overrides]) => {
      const inputs = { ...examples };
      for (const key of left) delete inputs[key];
      for (const [key, value] of overrides) inputs[key] = value;
      return inputs;
    });
};
