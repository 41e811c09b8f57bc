import { phoneCountry } from '../../fields/phoneCountry';
import { choice, email, phone, text } from '../../operations/inputs';

export const USER_ROLES = { user: 'User', admin: 'Admin' } as const;

export const userInputs = (mode: 'create' | 'update') => {
  const keep = mode === 'update' ? ' Leave empty to keep the current value.' : '';
  const required = mode === 'create';
  return [
    text('firstName', { label: 'First Name', helpText: `The user's first name.${keep}`, required }, 200),
    text('lastName', { label: 'Last Name', helpText: `The user's last name.${keep}`, required }, 200),
    email('email', { label: 'Email', helpText: `The user's sign-in email address.${keep}`, required }),
    phone('phone', { label: 'Phone', helpText: `The user's phone number, such as +27 21 555 0188.${keep}` }),
    phoneCountry(),
    choice(
      'role',
      { label: 'Role', helpText: `Admin can change the location's settings; User cannot.${keep}`, required },
      USER_ROLES,
    ),
  ];
};
