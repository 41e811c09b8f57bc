import type { Resource } from '../../operations/registry';
import create_business from './create_business';
import delete_business from './delete_business';
import get_business from './get_business';
import list_businesses from './list_businesses';
import update_business from './update_business';
import find_business from './find_business';

const triggers = [list_businesses, get_business];
const creates = [create_business, update_business, delete_business];

const searches = [find_business];

export default { triggers, searches, creates } satisfies Resource;
