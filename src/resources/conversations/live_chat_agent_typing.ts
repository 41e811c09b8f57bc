import { outputField } from '../../operations/outputFields';
import { endpoint } from '../../http/endpoint';
import { API_VERSION } from '../../config';
import { defineGhlCreate } from '../../operations/define';
import { boolean, text } from '../../operations/inputs';
import { conversationId } from '../../fields/records';

export default defineGhlCreate({
  key: 'live_chat_agent_typing',
  noun: 'Typing Indicator',
  label: 'Agent Typing Indicator',
  description: 'Shows or hides the "agent is typing" indicator in a website live chat.',
  endpoint: endpoint('POST', '/conversations/providers/live-chat/typing', API_VERSION.calendarsAndConversations),
  fromConnection: ['locationId'],
  sends: ['locationId', 'conversationId', 'visitorId', 'isTyping'],
  inputs: [
    conversationId('The live chat conversation. Pick one, or map a Conversation ID from an earlier step.'),
    text(
      'visitorId',
      {
        label: 'Visitor ID',
        helpText: "The live chat visitor's ID, as the chat widget's trigger gives it.",
        required: true,
      },
      100,
    ),
    boolean('typing', { label: 'Typing', helpText: 'Yes shows the indicator, No hides it. Default: Yes.' }),
  ],
  // GHL takes the flag as the text "true" or "false".
  derive: (values) => ({ isTyping: String(values.typing ?? true) }),
  sample: { success: true },
  outputFields: [outputField('success', 'Success', 'boolean')],
});
