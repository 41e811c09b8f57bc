import { outputField } from '../../operations/outputFields';
import { defineGhlTrigger } from '../../operations/define';
import type { Input } from '../../operations/inputs';
import { contactLabel } from './contactLabel';
import { contactOutputFields, contactSample } from './samples';

/**
 * POST /contacts/search sorted newest first: the one request behind New Contact, New or
 * Updated Contact and New Contact Matching Search (and the contact dropdown, page by page).
 */
export const contactSearchTrigger = (row: {
  key: string;
  label: string;
  description: string;
  sortBy: 'dateAdded' | 'dateUpdated';
  inputs?: Input[];
}) =>
  defineGhlTrigger({
    key: row.key,
    noun: 'Contact',
    customFieldsOf: 'contact',
    label: row.label,
    description: row.description,
    endpoint: { method: 'POST', path: '/contacts/search' },
    unwrap: 'contacts',
    fromConnection: ['locationId'],
    constants: { sort: [{ field: row.sortBy, direction: 'desc' }] },
    inputs: row.inputs ?? [],
    paging: { sizeParam: 'pageLimit', pageSize: 100, pageParam: 'page' },
    newestFirstBy: row.sortBy,
    labelOf: contactLabel,
    ...(row.sortBy === 'dateUpdated' ? { changeMarkers: ['dateUpdated'] } : {}),
    sample: { ...contactSample, label: contactLabel(contactSample) },
    outputFields: [...contactOutputFields, outputField('label', 'Contact (Name and Phone)')],
  });
