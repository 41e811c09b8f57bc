import { findFromTrigger } from '../../operations/findStep';
import get_conversation_messages from './get_conversation_messages';

export default findFromTrigger(get_conversation_messages, {
  key: 'find_conversation_messages',
  label: 'Find Conversation Messages',
  description: 'Finds the messages of a conversation, optionally of one type, newest first.',
});
