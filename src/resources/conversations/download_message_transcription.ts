import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { messageInputs } from '../../fields/records';
import { fileOutputFields, fileSample } from './samples';

export default defineGhlTrigger({
  key: 'download_message_transcription',
  noun: 'Transcription',
  label: 'Download Transcription',
  hidden: true,
  description:
    'Triggers when the chosen call has a transcription, with it as a text file a later step can upload or attach.',
  endpoint: endpoint(
    'GET',
    '/conversations/locations/{locationId}/messages/{messageId}/transcription/download',
    API_VERSION.calendarsAndConversations,
  ),
  fromConnection: ['locationId'],
  sends: [],
  inputs: messageInputs(),
  idFrom: 'messageId',
  file: { key: 'transcription', name: (values) => `call-transcription-${String(values.messageId)}` },
  sample: fileSample('transcription', 'call-transcription-msgCall00000000001.txt'),
  outputFields: fileOutputFields('transcription', 'Transcription File'),
});
