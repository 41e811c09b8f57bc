import { defineGhlTrigger } from '../../operations/define';
import { associationOutputFields, associationSample } from './samples';
import { associationId } from '../../fields/records';

export default defineGhlTrigger({
  key: 'get_association',
  noun: 'Association',
  label: 'Get Association',
  hidden: true,
  description: 'Triggers when the chosen association is first read and again each time its labels change.',
  endpoint: { method: 'GET', path: '/associations/{associationId}' },
  inputs: [associationId('The association. Pick one, or map an Association ID from an earlier step.')],
  changeMarkers: ['firstObjectLabel', 'secondObjectLabel'],
  sample: associationSample,
  outputFields: associationOutputFields,
});
