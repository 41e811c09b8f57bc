import { defineGhlCreate } from '../../operations/define';
import { associationOutputFields, associationSample } from './samples';
import { associationId } from '../../fields/records';
import { objectLabel } from './associationInputs';

export default defineGhlCreate({
  key: 'update_association',
  noun: 'Association',
  label: 'Update Association',
  description:
    'Renames the two sides of an association (its labels). GHL needs both labels: give the current one for a side you keep.',
  endpoint: { method: 'PUT', path: '/associations/{associationId}' },
  inputs: [
    associationId('The association to rename.'),
    objectLabel('firstObjectLabel', 'First Object Label', 'The new name for the first side, such as Patient.', true),
    objectLabel('secondObjectLabel', 'Second Object Label', 'The new name for the second side, such as Dentist.', true),
  ],
  sample: associationSample,
  outputFields: associationOutputFields,
});
