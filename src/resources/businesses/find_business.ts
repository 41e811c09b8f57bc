import { findFromTrigger } from '../../operations/findStep';
import get_business from './get_business';

export default findFromTrigger(get_business, {
  key: 'find_business',
  label: 'Find Business',
  description: 'Finds a business by its ID.',

  one: true,
});
