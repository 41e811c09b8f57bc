import type { PlainOutputField } from 'zapier-platform-core';
import { outputField as field } from '../../operations/outputFields';

/** An association type between two objects (GetPostSuccessfulResponseDto). */
export const associationSample = {
  id: 'asoPatientDentist01',
  locationId: 've9EPM428h8vShlRW1KT',
  key: 'patient_dentist',
  firstObjectLabel: 'Patient',
  firstObjectKey: 'contact',
  secondObjectLabel: 'Dentist',
  secondObjectKey: 'custom_objects.dentists',
  associationType: 'USER_DEFINED',
};
export const associationOutputFields = [
  field('id', 'Association ID'),
  field('key', 'Association Key'),
  field('firstObjectLabel', 'First Object Label'),
  field('firstObjectKey', 'First Object'),
  field('secondObjectLabel', 'Second Object Label'),
  field('secondObjectKey', 'Second Object'),
  field('associationType', 'Association Type'),
];

/** One relation between two records under an association (RelationSchema). */
export const relationSample = {
  id: 'relThandiDrNaidoo01',
  associationId: associationSample.id,
  firstRecordId: 'seD4PfOuKoVMLkEZqohJ',
  secondRecordId: 'cobDrNaidoo00000001',
  locationId: associationSample.locationId,
};
export const relationOutputFields = [
  field('id', 'Relation ID'),
  field('associationId', 'Association ID'),
  field('firstRecordId', 'First Record ID'),
  field('secondRecordId', 'Second Record ID'),
];

export const associationDeletedSample = {
  deleted: true,
  id: associationSample.id,
  message: 'Association deleted successfully',
};
export const associationDeletedOutputFields: PlainOutputField[] = [
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  field('id', 'Association ID'),
  field('message', 'Result'),
];
