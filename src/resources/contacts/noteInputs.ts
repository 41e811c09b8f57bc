import { userId } from '../../fields/records';
import { boolean, longText, text } from '../../operations/inputs';

/** A note's own fields, shared by Create and Update Contact Note. */
export const noteInputs = (mode: 'create' | 'update') => {
  const keep = mode === 'update' ? ' Leave empty to keep the current value.' : '';
  return [
    longText('body', {
      label: 'Note Text',
      helpText: `What the note says, such as the text of the SMS that came in.${keep}`,
      required: mode === 'create',
    }),
    text('title', { label: 'Title', helpText: `A short heading for the note.${keep}` }, 200),
    userId('userId', 'Author', `The HighLevel user shown as the note's author.${keep}`),
    boolean('pinned', { label: 'Pinned', helpText: `Yes keeps the note at the top of the contact's notes.${keep}` }),
  ];
};
