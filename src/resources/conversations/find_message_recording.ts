import { findFromTrigger } from '../../operations/findStep';
import get_message_recording from './get_message_recording';

export default findFromTrigger(get_message_recording, {
  key: 'find_message_recording',
  label: 'Find Call Recording',
  description:
    'Finds the recording of a call or voicemail, as a file a later step can upload or attach; nothing when the message has none.',
  one: true,
});
