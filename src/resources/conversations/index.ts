import type { Resource } from '../../operations/registry';
import new_inbound_message from './new_inbound_message';
import add_inbound_message from './add_inbound_message';
import download_message_transcription from './download_message_transcription';
import get_conversation from './get_conversation';
import get_conversation_messages from './get_conversation_messages';
import get_email from './get_email';
import get_message from './get_message';
import get_message_recording from './get_message_recording';
import get_message_transcription from './get_message_transcription';
import list_conversation_emails from './list_conversation_emails';
import live_chat_agent_typing from './live_chat_agent_typing';
import search_conversations from './search_conversations';
import send_message from './send_message';
import update_message_status from './update_message_status';
import list_phone_numbers from './list_phone_numbers';
import cancel_scheduled_message from './cancel_scheduled_message';
import find_conversation_messages from './find_conversation_messages';
import find_conversations from './find_conversations';
import find_message from './find_message';
import find_message_recording from './find_message_recording';
import find_message_transcription from './find_message_transcription';

const triggers = [
  search_conversations,
  get_conversation,
  get_conversation_messages,
  get_message,
  get_email,
  get_message_recording,
  get_message_transcription,
  download_message_transcription,
  list_conversation_emails,
  new_inbound_message,
  list_phone_numbers,
];
const creates = [
  add_inbound_message,
  send_message,
  cancel_scheduled_message,
  update_message_status,
  live_chat_agent_typing,
];

const searches = [
  find_conversation_messages,
  find_conversations,
  find_message,
  find_message_recording,
  find_message_transcription,
];

export default { triggers, searches, creates } satisfies Resource;
