import create_location from './create_location';
import find_location from './find_location';
import get_company from './get_company';
import list_custom_fields from './list_custom_fields';
import list_installed_locations from './list_installed_locations';
import list_locations from './list_locations';
import list_tags from './list_tags';

export const locationTriggers = [list_locations, get_company, list_tags, list_custom_fields, list_installed_locations];
export const locationSearches = [find_location];
export const locationCreates = [create_location];
