import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { messageInputs } from '../../fields/records';
import { fileOutputFields, fileSample } from './samples';

export default defineGhlTrigger({
  key: 'get_message_recording',
  noun: 'Recording',
  label: 'Get Message Recording',
  hidden: true,
  description:
    'Triggers when the chosen call or voicemail has a recording, with the recording as a file a later step can upload or attach.',
  endpoint: endpoint(
    'GET',
    '/conversations/messages/{messageId}/locations/{locationId}/recording',
    API_VERSION.calendarsAndConversations,
  ),
  fromConnection: ['locationId'],
  sends: [],
  inputs: messageInputs(),
  idFrom: 'messageId',
  file: { key: 'recording', name: (values) => `call-recording-${String(values.messageId)}` },
  sample: fileSample('recording', 'call-recording-msgCall00000000001.wav'),
  outputFields: fileOutputFields('recording', 'Recording'),
});
