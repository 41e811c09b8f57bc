import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlTrigger } from '../../operations/define';
import { messageInputs } from '../../fields/records';
import { transcriptionOutputFields, transcriptionSample } from './samples';

type Sentence = { sentenceIndex?: number; transcript?: string };

/** GHL answers the call's sentences; a Zap wants the whole transcript in one field, in order. */
const asTranscript = (data: unknown, inputs: Record<string, unknown>) => {
  const sentences = (Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : []) as Sentence[];
  const ordered = [...sentences].sort((a, b) => Number(a.sentenceIndex ?? 0) - Number(b.sentenceIndex ?? 0));
  const transcript = ordered
    .map((s) => String(s.transcript ?? '').trim())
    .filter(Boolean)
    .join(' ');
  return [{ id: inputs.messageId, messageId: inputs.messageId, transcript, sentences: ordered }];
};

export default defineGhlTrigger({
  key: 'get_message_transcription',
  noun: 'Transcription',
  label: 'Get Message Transcription',
  hidden: true,
  description: "Triggers when the chosen call's transcription is ready, with the whole transcript as text.",
  endpoint: endpoint(
    'GET',
    '/conversations/locations/{locationId}/messages/{messageId}/transcription',
    API_VERSION.calendarsAndConversations,
  ),
  fromConnection: ['locationId'],
  sends: [],
  inputs: messageInputs(),
  toRows: asTranscript,
  sample: transcriptionSample,
  outputFields: transcriptionOutputFields,
});
