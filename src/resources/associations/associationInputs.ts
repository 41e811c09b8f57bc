import { text } from '../../operations/inputs';

export const objectLabel = (key: string, label: string, helpText: string, required: boolean) =>
  text(key, { label, helpText, required }, 100);
