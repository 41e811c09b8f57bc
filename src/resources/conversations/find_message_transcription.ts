import { findFromTrigger } from '../../operations/findStep';
import download_message_transcription from './download_message_transcription';

export default findFromTrigger(download_message_transcription, {
  key: 'find_message_transcription',
  label: 'Find Call Transcription',
  description: 'Finds the transcription of a recorded call, as a text file; nothing when the call has none.',
  one: true,
});
