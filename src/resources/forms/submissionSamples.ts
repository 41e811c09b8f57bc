import { outputField } from '../../operations/outputFields';
import type { SubmissionKind } from './submissionKinds';
import { submissionAddedFields } from './submissionFields';

/** One of the location's forms or surveys (FormsParams, GetSurveysSchema). */
export const listedSample = (kind: SubmissionKind) => ({ ...kind.example, locationId: 've9EPM428h8vShlRW1KT' });

export const listedOutputFields = (kind: SubmissionKind) => [
  outputField('id', `${kind.noun} ID`),
  outputField('name', 'Name'),
  outputField('locationId', 'Location ID'),
];

/** A submission as GHL answers it, with what the app moves up from its answers. */
export const submissionSample = (kind: SubmissionKind) => {
  const submission = {
    id: '38303ec7-629a-49e2-888a-cf8bf0b1f97e',
    contactId: 'DWQ45t2IPVxi9LDu1wBl',
    createdAt: '2026-12-01T08:15:00.000Z',
    [kind.idKey]: kind.example.id,
    name: 'Thandi Mokoena',
    email: 'thandi@example.com',
    others: {
      full_name: 'Thandi Mokoena',
      email: 'thandi@example.com',
      phone: '+27821234567',
      cfLeadSource00000001: 'Instagram ad',
      eventData: {
        source: 'Instagram',
        medium: kind.noun.toLowerCase(),
        page: { url: 'https://smile.example.com/whitening', title: 'Teeth Whitening' },
      },
      fieldsOriSequance: ['full_name', 'email', 'phone', 'cfLeadSource00000001'],
    },
  };
  return { ...submission, ...submissionAddedFields(submission) };
};

export const submissionOutputFields = (kind: SubmissionKind) => [
  outputField('id', 'Submission ID'),
  outputField(kind.idKey, `${kind.noun} ID`),
  outputField('contactId', 'Contact ID'),
  outputField('createdAt', 'Submitted At', 'datetime'),
  outputField('name', 'Name'),
  outputField('email', 'Email'),
  outputField('phone', 'Phone'),
  outputField('pageUrl', 'Page URL'),
  outputField('source', 'Traffic Source'),
];
