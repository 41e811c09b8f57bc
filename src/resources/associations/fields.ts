import { recordId, text } from '../../operations/inputs';

export const associationId = (helpText: string) =>
  recordId('associationId', {
    label: 'Association',
    helpText,
    required: true,
    extra: { dynamic: 'find_associations.id.key' },
  });

/** Any record's ID: contacts are offered, and any other object's record can be mapped. */
export const relatedRecordId = (key: string, label: string, helpText: string, required = true) =>
  recordId(key, {
    label,
    helpText: `${helpText} Pick a contact, or map the ID of any record (an opportunity, a custom object record).`,
    required,
    extra: { dynamic: 'new_contact.id.label' },
  });

export const objectLabel = (key: string, label: string, helpText: string, required: boolean) =>
  text(key, { label, helpText, required }, 100);
