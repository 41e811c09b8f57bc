/**
 * Zapier's Title Case check follows the python `titlecase` library: every word capitalised
 * except small words (a, an, and, as, at, but, by, en, for, if, in, of, on, or, the, to, v,
 * via, vs) in the middle; words with capitals of their own (ID, SMS, iPhone) are left as they are.
 */
const SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'en',
  'for',
  'if',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'v',
  'v.',
  'via',
  'vs',
  'vs.',
]);

export const toTitleCase = (label: string): string => {
  const words = label.split(' ');
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      const edge = i === 0 || i === words.length - 1;
      if (!edge && SMALL.has(lower)) return lower;
      if (/[A-Z]/.test(word.slice(1)) || !/^[a-z]/i.test(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
};

export const isTitleCase = (label: string): boolean => toTitleCase(label) === label;
