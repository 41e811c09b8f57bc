import { errors } from 'zapier-platform-core';

/**
 * Zapier's CLI (`zapier-platform invoke`) runs the app in its own process after loading `.env`
 * into the environment, where the connection is `authData_<key>`; Zapier's runtime never sets
 * such variables. What a developer trying the app locally is told differs only by this.
 */
export const runByZapierCli = (): boolean => Object.keys(process.env).some((key) => key.startsWith('authData_'));

/** In Zapier a step always has its connection; only a local run can lack one. */
export const noConnectionError = () =>
  new errors.Error(
    "This step has no HighLevel connection: connect your HighLevel account. (Trying the app locally with Zapier's CLI? Run `npm run connect`: it connects the local sandbox and writes the connection into .env.)",
    'NoConnection',
  );

/** Zapier renews an expired token by itself; its CLI leaves that to the developer. */
export const expiredTokenMessage = (): string =>
  runByZapierCli()
    ? 'The HighLevel access token in .env has expired: run `npx zapier-platform invoke auth refresh` to renew it, then run the step again.'
    : 'The HighLevel access token has expired: Zapier renews it and runs the step again.';
