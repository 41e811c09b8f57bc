import type { Resource } from '../../operations/registry';
import create_location from './create_location';
import find_location from './find_location';
import get_company from './get_company';
import list_custom_fields from './list_custom_fields';
import list_installed_locations from './list_installed_locations';
import list_locations from './list_locations';
import list_tags from './list_tags';
import list_custom_values from './list_custom_values';
import find_custom_value from './find_custom_value';
import update_custom_value from './update_custom_value';

const triggers = [
  list_locations,
  get_company,
  list_tags,
  list_custom_fields,
  list_custom_values,
  list_installed_locations,
];
const searches = [find_location, find_custom_value];
const creates = [create_location, update_custom_value];

export default { triggers, searches, creates } satisfies Resource;
