import { defineGhlTrigger } from '../../operations/define';
import { pathKey } from '../../operations/inputs';
import { associationOutputFields, associationSample } from './samples';

export default defineGhlTrigger({
  key: 'get_association_key',
  noun: 'Association',
  label: 'Get Association Key',
  hidden: true,
  description: 'Triggers when the association with the chosen key is first read and again each time its labels change.',
  endpoint: { method: 'GET', path: '/associations/key/{key_name}' },
  fromConnection: ['locationId'],
  inputs: [
    pathKey('key_name', {
      label: 'Association Key',
      helpText: "The association's unique key, such as patient_dentist. Pick one, or type it.",
      required: true,
      extra: { dynamic: 'find_associations.key.key' },
      example: 'patient_dentist',
    }),
  ],
  changeMarkers: ['firstObjectLabel', 'secondObjectLabel'],
  sample: associationSample,
  outputFields: associationOutputFields,
});
