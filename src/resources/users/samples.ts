import { outputField } from '../../operations/outputFields';
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
  outputField('id', 'User ID'),
  outputField('name', 'Full Name'),
  outputField('firstName', 'First Name'),
  outputField('lastName', 'Last Name'),
  outputField('email', 'Email'),
  outputField('phone', 'Phone'),
];
