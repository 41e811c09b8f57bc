import { appointmentId, userId } from '../../fields/records';
import { longText } from '../../operations/inputs';

export const appointmentNoteInputs = () => [
  appointmentId('appointmentId', 'The appointment the note belongs to.'),
  longText(
    'body',
    {
      label: 'Note Text',
      helpText: 'What the note says, such as what the contact asked for in their SMS.',
      required: true,
    },
    5000,
  ),
  userId('userId', 'Author', "The HighLevel user shown as the note's author."),
];
