import { findFromTrigger } from '../../operations/findStep';
import search_users from './search_users';

export default findFromTrigger(search_users, {
  key: 'find_users',
  label: 'Find Users',
  description: 'Finds users (team members) by name, email or phone words.',
});
