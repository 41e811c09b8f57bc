import { findFromTrigger } from '../../operations/findStep';
import search_opportunities from './search_opportunities';

export default findFromTrigger(search_opportunities, {
  key: 'find_opportunities',
  label: 'Find Opportunities',
  description: 'Finds opportunities by contact, pipeline, stage, status or words, newest first.',
});
