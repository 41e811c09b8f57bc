/**
 * GHL's forms and surveys share one shape: a list of them (`GET /forms/`, `GET /surveys/`) and
 * their submissions (`GET /forms/submissions`, `GET /surveys/submissions`), each submission
 * naming its form or survey under its own key. One kind per pair; every operation is built from it.
 */
export interface SubmissionKind {
  /** "Form", "Survey" */
  noun: 'Form' | 'Survey';
  /** The path both endpoints start with. */
  base: '/forms' | '/surveys';
  /** The key of the list's answer, and the `list_<key>` trigger's suffix. */
  listKey: 'forms' | 'surveys';
  /** The submission's (and the filter's) key for its form or survey. */
  idKey: 'formId' | 'surveyId';
  /** A realistic one of the location's, for samples. */
  example: { id: string; name: string };
  /** The form's role in a lead's day, for help texts: "a website enquiry form". */
  whatFor: string;
}

export const FORM: SubmissionKind = {
  noun: 'Form',
  base: '/forms',
  listKey: 'forms',
  idKey: 'formId',
  example: { id: 'frmWhitening00000001', name: 'Whitening Enquiry' },
  whatFor: 'a website or funnel form, such as an enquiry form',
};

export const SURVEY: SubmissionKind = {
  noun: 'Survey',
  base: '/surveys',
  listKey: 'surveys',
  idKey: 'surveyId',
  example: { id: 'srvFeedback000000001', name: 'Patient Feedback' },
  whatFor: 'a survey, such as a feedback or intake survey',
};
