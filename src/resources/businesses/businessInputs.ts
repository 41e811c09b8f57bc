import { phoneCountry } from '../../fields/phoneCountry';
import { email, longText, phone, text } from '../../operations/inputs';

/** A business's own fields, shared by Create and Update Business. */
export const businessInputs = (mode: 'create' | 'update') => {
  const keep = mode === 'update' ? ' Leave empty to keep the current value.' : '';
  return [
    text('name', { label: 'Name', helpText: `The business's name.${keep}`, required: mode === 'create' }, 200),
    phone('phone', { label: 'Phone', helpText: `Main phone number, such as +27 21 555 0188.${keep}` }),
    phoneCountry(),
    email('email', { label: 'Email', helpText: `Main email address.${keep}` }),
    text('website', { label: 'Website', helpText: `Website address.${keep}` }, 500),
    text('address', { label: 'Street Address', helpText: `Street and number.${keep}` }, 300),
    text('city', { label: 'City', helpText: `The city the business is in.${keep}` }, 100),
    text('state', { label: 'State or Province', helpText: `State, province or region.${keep}` }, 100),
    text('postalCode', { label: 'Postal Code', helpText: `ZIP or postal code.${keep}` }, 20),
    text(
      'country',
      { label: 'Country', helpText: `The country the business is in, such as South Africa.${keep}` },
      100,
    ),
    longText('description', { label: 'Description', helpText: `What the business does.${keep}` }, 2000),
  ];
};
