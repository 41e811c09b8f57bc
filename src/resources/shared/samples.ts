import { outputField } from '../../operations/outputFields';
import type { PlainOutputField } from 'zapier-platform-core';

/** What GHL answers after a delete or a membership change: `{ succeded: true }` (GHL's spelling). */
export const deletedSample = { succeded: true };

export const deletedOutputFields: PlainOutputField[] = [outputField('succeded', 'Succeeded', 'boolean')];
