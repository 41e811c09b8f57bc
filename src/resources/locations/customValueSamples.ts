import { outputField } from '../../operations/outputFields';

/** A location's custom value (CustomValueSchema): text the location's templates use, such as {{ custom_values.promo }}. */
export const customValueSample = {
  id: 'cvPromo000000000001',
  name: 'Current Promo',
  fieldKey: '{{ custom_values.current_promo }}',
  value: 'Whitening at R1,499 until Friday',
  locationId: 've9EPM428h8vShlRW1KT',
};

export const customValueOutputFields = [
  outputField('id', 'Custom Value ID'),
  outputField('name', 'Name'),
  outputField('fieldKey', 'Merge Field'),
  outputField('value', 'Value'),
  outputField('locationId', 'Location ID'),
];
