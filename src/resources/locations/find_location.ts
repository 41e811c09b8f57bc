import { defineGhlSearch } from '../../operations/define';
import { recordId } from '../../operations/inputs';
import { locationOutputFields, locationSample } from './samples';

export default defineGhlSearch({
  key: 'find_location',
  noun: 'Location',
  label: 'Find Location by ID',
  description: 'Finds a sub-account (location) by its ID, with its address, phone and time zone.',

  // GHL serves a location to its own token and to its agency's.
  audience: 'either',
  endpoint: { method: 'GET', path: '/locations/{locationId}' },
  unwrap: 'location',
  inputs: [
    recordId('locationId', {
      label: 'Location',
      helpText: 'The location. Pick one (agency connections), or map a Location ID from an earlier step.',
      required: true,
      extra: { dynamic: 'list_locations.id.name' },
    }),
  ],
  sample: locationSample,
  outputFields: locationOutputFields,
});
