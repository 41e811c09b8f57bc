/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, by design */
import type * as Luxon from 'luxon';
import type * as PhoneNumbers from 'libphonenumber-js';
import type FormDataClass from 'form-data';
import type * as Zod from 'zod';

/**
 * Libraries only a running step needs, loaded the first time one is used rather than with the
 * app: Zapier loads the app for every call it makes (a dropdown, a sample, each step), and these
 * were two fifths of the app's own load time. Node's module cache keeps each after its first load.
 */
const onFirstUse = <T>(load: () => T) => {
  let loaded: T | undefined;
  return () => (loaded ??= load());
};

export const zodLibrary = onFirstUse(() => (require('zod') as typeof Zod).z);
export const luxon = onFirstUse(() => require('luxon') as typeof Luxon);
export const phoneNumbers = onFirstUse(() => require('libphonenumber-js') as typeof PhoneNumbers);
export const formData = onFirstUse(() => require('form-data') as typeof FormDataClass);
