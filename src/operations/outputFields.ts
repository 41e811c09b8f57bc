import type { PlainOutputField } from 'zapier-platform-core';

/** One output field as Zapier shows it: key, label and type (text unless said), and any extras (`list`). */
export const outputField = (
  key: string,
  label: string,
  type: PlainOutputField['type'] = 'string',
  extra: Omit<PlainOutputField, 'key' | 'label' | 'type'> = {},
): PlainOutputField => ({ key, label, type, ...extra });
