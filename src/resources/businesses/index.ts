import create_business from './create_business';
import delete_business from './delete_business';
import get_business from './get_business';
import list_businesses from './list_businesses';
import update_business from './update_business';

export const businessTriggers = [list_businesses, get_business];
export const businessCreates = [create_business, update_business, delete_business];
