import type { PlainOutputField } from 'zapier-platform-core';

/** One output field as Zapier shows it: key, label and type (text unless said). */
export const outputField = (
  key: string,
  label: string,
  type: PlainOutputField['type'] = 'string',
): PlainOutputField => ({ key, label, type });
