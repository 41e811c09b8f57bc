import { defineGhlTrigger } from '../../operations/define';
import { findFromTrigger } from '../../operations/findStep';
import { recordId, text } from '../../operations/inputs';
import type { SubmissionKind } from './submissionKinds';
import { SUBMISSION_ADDED_KEYS, submissionAddedFields } from './submissionFields';
import { listedOutputFields, listedSample, submissionOutputFields, submissionSample } from './submissionSamples';

/** GHL pages its forms and surveys 50 at most; submissions 100 at most, newest first. */
const LIST_PAGE = 50;
const SUBMISSIONS_PAGE = 100;

/** The location's forms (or surveys) for the picker; hidden, as a new form is rarely an event to build on. */
const listOf = (kind: SubmissionKind) =>
  defineGhlTrigger({
    key: `list_${kind.listKey}`,
    noun: kind.noun,
    label: `New ${kind.noun}`,
    description: `Triggers when a ${kind.noun.toLowerCase()} is added to the location.`,
    hidden: true,
    endpoint: { method: 'GET', path: `${kind.base}/` },
    unwrap: kind.listKey,
    fromConnection: ['locationId'],
    inputs: [],
    paging: { sizeParam: 'limit', pageSize: LIST_PAGE, offsetParam: 'skip' },
    labelOf: (row) => String(row.name || row.id),
    sample: listedSample(kind),
    outputFields: listedOutputFields(kind),
  });

/**
 * New Form Submission / New Survey Submission: GHL's newest submissions (of one form or of
 * all), each once. GHL answers the last month's unless asked otherwise: a poll reads the newest.
 * Custom-field answers come by name (`custom__lead_source`), as on contact rows: a form's
 * custom fields are the contact's.
 */
const newSubmissionOf = (kind: SubmissionKind) => {
  const noun = kind.noun.toLowerCase();
  return defineGhlTrigger({
    key: `new_${noun}_submission`,
    noun: `${kind.noun} Submission`,
    label: `New ${kind.noun} Submission`,
    description: `Triggers when someone submits ${kind.whatFor}, with each answer and the contact it created or updated.`,
    endpoint: { method: 'GET', path: `${kind.base}/submissions` },
    unwrap: 'submissions',
    fromConnection: ['locationId'],
    constants: { limit: SUBMISSIONS_PAGE },
    inputs: [
      recordId(kind.idKey, {
        label: kind.noun,
        helpText: `Only submissions of this ${noun}. Leave empty for every ${noun} of the location.`,
        extra: { dynamic: `list_${kind.listKey}.id.label` },
        example: kind.example.id,
      }),
    ],
    newestFirstBy: 'createdAt',
    customFieldsOf: 'contact',
    addedFields: { keys: SUBMISSION_ADDED_KEYS, of: submissionAddedFields },
    labelOf: (row) => `${String(row.name || row.email || row.phone || 'Anonymous')} (${String(row.createdAt ?? '')})`,
    sample: submissionSample(kind),
    outputFields: submissionOutputFields(kind),
  });
};

/** A later step's read of a submission: by the contact's ID, name, email or phone, which GHL's `q` matches. */
const findSubmissionOf = (kind: SubmissionKind, trigger: ReturnType<typeof newSubmissionOf>) => {
  const noun = kind.noun.toLowerCase();
  return findFromTrigger(trigger, {
    key: `find_${noun}_submission`,
    label: `Find ${kind.noun} Submission`,
    description: `Finds the newest ${noun} submission by a contact's ID, name, email or phone number.`,
    filters: [
      text('q', {
        label: 'Contact ID, Name, Email or Phone',
        helpText: `Who submitted the ${noun}: their contact ID from an earlier step, or the name, email or phone number they gave.`,
        required: true,
        example: 'thandi@example.com',
      }),
    ],
  });
};

/** Every operation of one kind: the picker's list, the trigger, and its Find step. */
export const submissionOperations = (kind: SubmissionKind) => {
  const trigger = newSubmissionOf(kind);
  return { list: listOf(kind), trigger, find: findSubmissionOf(kind, trigger) };
};
