import { recordId } from '../../operations/inputs';

export const chosenUser = (helpText: string) =>
  recordId('userId', { label: 'User', helpText, required: true, extra: { dynamic: 'search_users.id.name' } });
