import type { PlainOutputField } from 'zapier-platform-core';

/** A HighLevel user (UserSchema). */
export const userSample = {
  id: 'y0BeYjuRIlDwsDcOHOJo',
  name: 'Sipho Dlamini',
  firstName: 'Sipho',
  lastName: 'Dlamini',
  email: 'sipho@mokoenadental.example.com',
  phone: '+27215550188',
};

export const userOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'User ID', type: 'string' },
  { key: 'name', label: 'Full Name', type: 'string' },
  { key: 'firstName', label: 'First Name', type: 'string' },
  { key: 'lastName', label: 'Last Name', type: 'string' },
  { key: 'email', label: 'Email', type: 'string' },
  { key: 'phone', label: 'Phone', type: 'string' },
];
