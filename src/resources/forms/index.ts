import type { Resource } from '../../operations/registry';
import { FORM, SURVEY } from './submissionKinds';
import { submissionOperations } from './submissionOperations';

const forms = submissionOperations(FORM);
const surveys = submissionOperations(SURVEY);

const triggers = [forms.trigger, surveys.trigger, forms.list, surveys.list];
const searches = [forms.find, surveys.find];

export default { triggers, searches } satisfies Resource;
