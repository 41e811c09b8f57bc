import { contactId } from '../../fields/records';
import { defineGhlCreate } from '../../operations/define';
import { choice, text } from '../../operations/inputs';
import { DND_CHANNELS, type DndChannel, mergedDndSettings, updateContactCall } from './doNotDisturb';
import { contactOutputFields, contactSample } from './samples';

type Direction = 'optOut' | 'optIn';

const WORDING: Record<Direction, { key: string; label: string; description: string; reason: string }> = {
  optOut: {
    key: 'opt_out_contact',
    label: 'Opt Contact Out of Channel',
    description:
      "Turns on the contact's Do Not Disturb for one channel, such as SMS, so HighLevel sends them nothing more on it. The other channels keep their settings.",
    reason: 'Opted out through Zapier',
  },
  optIn: {
    key: 'opt_in_contact',
    label: 'Opt Contact Back in to Channel',
    description:
      "Turns off the contact's Do Not Disturb for one channel, such as SMS, after they asked to hear from you again. The other channels keep their settings.",
    reason: 'Opted back in through Zapier',
  },
};

/** Opt Contact Out of / Back In to Channel: one channel's DND, the rest kept. */
export const channelOptAction = (direction: Direction) => {
  const wording = WORDING[direction];
  return defineGhlCreate({
    key: wording.key,
    noun: 'Contact',
    customFieldsOf: 'contact',
    label: wording.label,
    description: wording.description,
    endpoint: updateContactCall,
    unwrap: 'contact',
    inputs: [
      contactId(direction === 'optOut' ? 'The contact who opted out.' : 'The contact who opted back in.'),
      {
        ...choice('channel', { label: 'Channel', helpText: 'The channel to change.', required: true }, DND_CHANNELS),
        internal: true,
      },
      {
        ...text(
          'reason',
          {
            label: 'Reason',
            helpText: `Why, as HighLevel shows it on the contact, such as "Replied STOP". Default: "${wording.reason}".`,
          },
          500,
        ),
        internal: true,
      },
    ],
    derive: (_given, { channel, reason }) => ({
      dndSettings: {
        [channel as DndChannel]: {
          status: direction === 'optOut' ? 'active' : 'inactive',
          message: (reason as string | undefined) ?? wording.reason,
        },
      },
    }),
    lookup: mergedDndSettings,
    sample: {
      ...contactSample,
      dndSettings: { SMS: { status: direction === 'optOut' ? 'active' : 'inactive', message: wording.reason } },
    },
    outputFields: contactOutputFields,
  });
};
