import type { PlainOutputField } from 'zapier-platform-core';
import { outputField } from '../../operations/outputFields';

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
  outputField('id', 'Association ID'),
  outputField('key', 'Association Key'),
  outputField('firstObjectLabel', 'First Object Label'),
  outputField('firstObjectKey', 'First Object'),
  outputField('secondObjectLabel', 'Second Object Label'),
  outputField('secondObjectKey', 'Second Object'),
  outputField('associationType', 'Association Type'),
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
  outputField('id', 'Relation ID'),
  outputField('associationId', 'Association ID'),
  outputField('firstRecordId', 'First Record ID'),
  outputField('secondRecordId', 'Second Record ID'),
];

export const associationDeletedSample = {
  deleted: true,
  id: associationSample.id,
  message: 'Association deleted successfully',
};
export const associationDeletedOutputFields: PlainOutputField[] = [
  outputField('deleted', 'Deleted', 'boolean'),
  outputField('id', 'Association ID'),
  outputField('message', 'Result'),
];
