import type { Resource } from '../../operations/registry';
import create_user from './create_user';
import delete_user from './delete_user';
import filter_users_by_email from './filter_users_by_email';
import get_user from './get_user';
import list_users_by_location from './list_users_by_location';
import search_users from './search_users';
import update_user from './update_user';
import find_user from './find_user';
import find_users from './find_users';

const triggers = [search_users, filter_users_by_email, get_user, list_users_by_location];
const creates = [create_user, update_user, delete_user];

const searches = [find_user, find_users];

export default { triggers, searches, creates } satisfies Resource;
