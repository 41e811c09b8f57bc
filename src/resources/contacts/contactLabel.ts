const filled = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * How a contact reads in a dropdown: the name, else the phone, else the email, never empty. The
 * phone (or email) follows the name, so two contacts of the same name are told apart.
 */
export const contactLabel = (contact: Record<string, unknown>): string => {
  const name = filled(contact.name) ?? filled([contact.firstName, contact.lastName].filter(filled).join(' '));
  const reach = filled(contact.phone) ?? filled(contact.email);
  if (name) return `${name} (${reach ?? `ID ${String(contact.id)}`})`;
  return reach ?? `Contact ${String(contact.id)}`;
};
