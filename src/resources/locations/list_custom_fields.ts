import { defineGhlTrigger } from '../../operations/define';
import { choice } from '../../operations/inputs';

export default defineGhlTrigger({
  key: 'list_custom_fields',
  noun: 'Custom Field',
  label: 'List Custom Fields',
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
    { key: 'id', label: 'Custom Field ID', type: 'string' },
    { key: 'name', label: 'Name', type: 'string' },
    { key: 'fieldKey', label: 'Field Key', type: 'string' },
    { key: 'placeholder', label: 'Placeholder', type: 'string' },
    { key: 'dataType', label: 'Data Type', type: 'string' },
    { key: 'position', label: 'Position', type: 'number' },
    { key: 'picklistOptions[]', label: 'Options', type: 'string' },
    { key: 'locationId', label: 'Location ID', type: 'string' },
    { key: 'model', label: 'Record Type', type: 'string' },
  ],
});
