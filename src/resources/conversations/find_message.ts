import { findFromTrigger } from '../../operations/findStep';
import get_message from './get_message';

export default findFromTrigger(get_message, {
  key: 'find_message',
  label: 'Find Message',
  description: 'Finds a message by its ID.',

  one: true,
});
