import { appendFileSync } from 'node:fs';
import { approveByFormPost, installChoice } from './consent';

/**
 * A stand-in browser for `zapier-platform invoke auth start` (it opens the consent URL with
 * `$BROWSER`): approves the local sandbox's consent page and follows the redirect to the CLI's
 * callback server, as a person clicking "Allow Access" would. It opens only loopback pages, so
 * a `.env` without the sandbox's GHL_BASE_URL can never send a consent to the real HighLevel.
 * `$SANDBOX_INSTALL_TO` is the admin's choice: `agency`, or a sub-account's name (default: the first).
 * The CLI hides its output, so a failure is also written to `$SANDBOX_CONSENT_LOG`.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const main = async (consentUrl: string | undefined) => {
  if (!consentUrl || !LOOPBACK.has(new URL(consentUrl).hostname)) {
    throw new Error(
      `Not the local sandbox's consent page (${consentUrl ?? 'no URL'}): start it with \`npm run sandbox -- --seed --write-env .env\`, which sets GHL_BASE_URL.`,
    );
  }
  const wanted = process.env.SANDBOX_INSTALL_TO;
  const installTo = wanted ? await installChoice(consentUrl, wanted) : undefined;
  const callback = new URL(await approveByFormPost(consentUrl, installTo));
  if (!LOOPBACK.has(callback.hostname))
    throw new Error(`The consent page redirected off this machine, to ${callback.origin}.`);
  const answer = await fetch(callback);
  if (!answer.ok) throw new Error(`The CLI's callback answered ${answer.status}: ${await answer.text()}`);
};

main(process.argv[2]).catch((error: Error) => {
  if (process.env.SANDBOX_CONSENT_LOG) appendFileSync(process.env.SANDBOX_CONSENT_LOG, `${error.message}\n`);
  console.error(error.message);
  process.exit(1);
});
