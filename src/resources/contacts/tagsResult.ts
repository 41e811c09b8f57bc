import { outputField } from '../../operations/outputFields';
import type { PlainOutputField } from 'zapier-platform-core';

/** GHL answers a tag change with the contact's tags afterwards. */
export const tagsSample = { tags: ['sms-lead', 'winter-promo'] };
export const tagsOutputFields: PlainOutputField[] = [outputField('tags[]', 'Tags')];
