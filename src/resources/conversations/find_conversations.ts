import { findFromTrigger } from '../../operations/findStep';
import search_conversations from './search_conversations';

export default findFromTrigger(search_conversations, {
  key: 'find_conversations',
  label: 'Find Conversations',
  description: "Finds a contact's conversations, or conversations matching words, most recent first.",
});
