import { findFromTrigger } from '../../operations/findStep';
import get_user from './get_user';

export default findFromTrigger(get_user, {
  key: 'find_user',
  label: 'Find User',
  description: 'Finds a user (team member) by their ID.',

  one: true,
});
