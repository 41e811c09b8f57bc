import { findFromTrigger } from '../../operations/findStep';
import get_opportunity from './get_opportunity';

export default findFromTrigger(get_opportunity, {
  key: 'find_opportunity',
  label: 'Find Opportunity',
  description: 'Finds an opportunity by its ID.',

  one: true,
});
