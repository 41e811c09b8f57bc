import { outputField } from '../../operations/outputFields';
import { defineGhlTrigger } from '../../operations/define';
import { choice } from '../../operations/inputs';

export default defineGhlTrigger({
  key: 'list_custom_fields',
  noun: 'Custom Field',
  label: 'New Custom Field',
  description: 'Triggers when a new custom field is added to the location.',
  endpoint: { method: 'GET', path: '/locations/{locationId}/customFields' },
  unwrap: 'customFields',
  fromConnection: ['locationId'],
  inputs: [
    choice(
      'model',
      { label: 'Record Type', helpText: 'Custom fields of contacts, of opportunities, or both (the default).' },
      { contact: 'Contact', opportunity: 'Opportunity', all: 'All' },
    ),
  ],
  sample: {
    id: '3sv6UEo51C9Bmpo1cKTq',
    name: 'Preferred Branch',
    fieldKey: 'contact.preferred_branch',
    placeholder: 'Which branch suits you?',
    dataType: 'SINGLE_OPTIONS',
    position: 0,
    picklistOptions: ['Cape Town', 'Stellenbosch'],
    locationId: 've9EPM428h8vShlRW1KT',
    model: 'contact',
  },
  outputFields: [
    outputField('id', 'Custom Field ID'),
    outputField('name', 'Name'),
    outputField('fieldKey', 'Field Key'),
    outputField('placeholder', 'Placeholder'),
    outputField('dataType', 'Data Type'),
    outputField('position', 'Position', 'number'),
    outputField('picklistOptions[]', 'Options'),
    outputField('locationId', 'Location ID'),
    outputField('model', 'Record Type'),
  ],
});
