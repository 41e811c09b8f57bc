import { defineGhlTrigger } from '../../operations/define';
import { pathKey } from '../../operations/inputs';
import { associationOutputFields, associationSample } from './samples';

export default defineGhlTrigger({
  key: 'get_association_by_object_key',
  noun: 'Association',
  label: 'Get Association by Keys',
  hidden: true,
  description:
    'Triggers when a new association involving the chosen object (such as contact or a custom object) is added.',
  endpoint: { method: 'GET', path: '/associations/objectKey/{objectKey}' },
  fromConnection: ['locationId'],
  inputs: [
    pathKey('objectKey', {
      label: 'Object Key',
      helpText:
        'The object whose associations to list: contact, opportunity, business, or a custom object such as custom_objects.dentists.',
      required: true,
    }),
  ],
  unwrap: 'associations',
  sample: associationSample,
  outputFields: associationOutputFields,
});
