/**
 * Zapier's lock for the steps that can create a contact from a phone or email: runs for the same
 * number or address on one connection go one at a time (two SMS from a new number in the same
 * second), so the second finds, or is refused as a duplicate of, the contact the first created.
 * 60 s is far more than a create takes, and a crashed run frees the lock within a minute.
 */
export const CONTACT_LOCK = {
  key: 'ghl-contact:{{bundle.inputData.phone}}:{{bundle.inputData.email}}',
  timeout: 60,
};
