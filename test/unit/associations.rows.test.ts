import { LOCATION_ID } from '../helpers';
import { type Row, describeRows } from './rowTable';

/** Associations and relations: the exact requests each row sends and what it returns. */
const association = { id: 'aso1', key: 'patient_dentist', firstObjectKey: 'contact', firstObjectLabel: 'Patient', secondObjectKey: 'custom_objects.dentists', secondObjectLabel: 'Dentist' };
const relation = { id: 'rel1', associationId: 'aso1', firstRecordId: 'c1', secondRecordId: 'd1' };

const rows: Row[] = [
  { kind: 'triggers', key: 'find_associations', input: {}, method: 'GET', path: '/associations/', query: { locationId: LOCATION_ID, limit: '100', skip: '0' }, reply: { associations: [association], total: 1 }, output: [association] },
  { kind: 'triggers', key: 'get_association', input: { associationId: 'aso1' }, method: 'GET', path: '/associations/aso1', query: {}, reply: association, output: [association] },
  { kind: 'triggers', key: 'get_association_key', input: { key_name: 'patient_dentist' }, method: 'GET', path: '/associations/key/patient_dentist', query: { locationId: LOCATION_ID }, reply: association, output: [association] },
  {
    kind: 'triggers', key: 'get_association_by_object_key', input: { objectKey: 'custom_objects.dentists' }, method: 'GET', path: '/associations/objectKey/custom_objects.dentists',
    query: { locationId: LOCATION_ID }, reply: { associations: [association] }, output: [association],
  },
  {
    kind: 'triggers', key: 'get_relations_by_record', input: { recordId: 'c1' }, method: 'GET', path: '/associations/relations/c1',
    query: { locationId: LOCATION_ID, limit: '100', skip: '0' }, reply: { relations: [relation], total: 1 }, output: [relation],
  },
  {
    kind: 'creates', key: 'create_association',
    input: { key: 'patient_dentist', firstObjectKey: 'contact', firstObjectLabel: 'Patient', secondObjectKey: 'custom_objects.dentists', secondObjectLabel: 'Dentist' },
    method: 'POST', path: '/associations/',
    body: { locationId: LOCATION_ID, key: 'patient_dentist', firstObjectKey: 'contact', firstObjectLabel: 'Patient', secondObjectKey: 'custom_objects.dentists', secondObjectLabel: 'Dentist' },
    reply: association, output: association,
  },
  {
    kind: 'creates', key: 'update_association', input: { associationId: 'aso1', firstObjectLabel: 'Client', secondObjectLabel: 'Dentist' }, method: 'PUT', path: '/associations/aso1',
    body: { firstObjectLabel: 'Client', secondObjectLabel: 'Dentist' }, reply: { ...association, firstObjectLabel: 'Client' }, output: { ...association, firstObjectLabel: 'Client' },
  },
  {
    kind: 'creates', key: 'delete_association', input: { associationId: 'aso1' }, method: 'DELETE', path: '/associations/aso1', query: {},
    reply: { deleted: true, id: 'aso1', message: 'Association deleted successfully' }, output: { deleted: true, id: 'aso1', message: 'Association deleted successfully' },
  },
  {
    kind: 'creates', key: 'create_relation', input: { associationId: 'aso1', firstRecordId: 'c1', secondRecordId: 'd1' }, method: 'POST', path: '/associations/relations',
    body: { locationId: LOCATION_ID, associationId: 'aso1', firstRecordId: 'c1', secondRecordId: 'd1' }, reply: association, output: association,
  },
  // The record only feeds the relation dropdown: it is never sent.
  { kind: 'creates', key: 'delete_relation', input: { recordId: 'c1', relationId: 'rel1' }, method: 'DELETE', path: '/associations/relations/rel1', query: { locationId: LOCATION_ID }, reply: association, output: association },
];

describeRows(rows);
