import type { PlainOutputField } from 'zapier-platform-core';
import { outputField } from '../../operations/outputFields';
import { repeatableEventRow } from '../shared/eventRows';
import { contactEventOutputFields, contactEventSample } from './samples';

/** Updates and tag changes happen to a contact again and again: each row is one change. */
export const contactChangeRow = repeatableEventRow('contactId', (contact) => contact.dateUpdated);

export const contactChangeSample = contactChangeRow(contactEventSample);

export const contactChangeOutputFields: PlainOutputField[] = [
  outputField('id', 'Change ID'),
  outputField('contactId', 'Contact ID'),
  ...contactEventOutputFields.filter((f) => f.key !== 'id'),
];
