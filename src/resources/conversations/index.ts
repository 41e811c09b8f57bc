import add_inbound_message from './add_inbound_message';
import get_conversation from './get_conversation';
import search_conversations from './search_conversations';
import send_message from './send_message';

export const conversationTriggers = [search_conversations, get_conversation];
export const conversationCreates = [add_inbound_message, send_message];
