import { defineGhlCreate } from '../../operations/define';
import { text } from '../../operations/inputs';
import { associationOutputFields, associationSample } from './samples';
import { objectLabel } from './associationInputs';

const objectKey = (key: string, label: string, example: string) =>
  text(
    key,
    {
      label,
      helpText: `The object on this side: contact, opportunity, business, or a custom object such as ${example}.`,
      required: true,
    },
    100,
  );

export default defineGhlCreate({
  key: 'create_association',
  noun: 'Association',
  label: 'Create Association',
  description: 'Creates a kind of link between two objects, such as Patient (contact) and Dentist (custom object).',
  endpoint: { method: 'POST', path: '/associations/' },
  fromConnection: ['locationId'],
  inputs: [
    text(
      'key',
      {
        label: 'Association Key',
        helpText: 'A unique key for the link, in lower case with underscores, such as patient_dentist.',
        required: true,
      },
      100,
    ),
    objectKey('firstObjectKey', 'First Object', 'custom_objects.patients'),
    objectLabel(
      'firstObjectLabel',
      'First Object Label',
      'What a first-object record is called in this link, such as Patient.',
      true,
    ),
    objectKey('secondObjectKey', 'Second Object', 'custom_objects.dentists'),
    objectLabel(
      'secondObjectLabel',
      'Second Object Label',
      'What a second-object record is called in this link, such as Dentist.',
      true,
    ),
  ],
  sample: associationSample,
  outputFields: associationOutputFields,
});
