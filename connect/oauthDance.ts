import type { Bundle } from 'zapier-platform-core';
import zapier from 'zapier-platform-core';
import App from '../index';
import { approveByFormPost } from '../sandbox/consent';

type AppTester = ReturnType<typeof zapier.createAppTester>;
const REDIRECT_URI = 'https://zapier.com/dashboard/auth/oauth/return/App000CLIAPI/';

/**
 * Connects the app to a GHL-compatible host the way Zapier does: the app's authorize URL,
 * the consent page's "Allow Access" (a form post), then the app's own code exchange.
 * `approve` lets a caller click the button in a real browser instead.
 */
export const connect = async (
  appTester: AppTester,
  approve: (consentUrl: string) => Promise<string> = approveByFormPost,
): Promise<Record<string, string>> => {
  const oauth = App.authentication!.oauth2Config!;
  const inputData = { redirect_uri: REDIRECT_URI, state: 'demo-state' };
  const consentUrl = (await appTester(oauth.authorizeUrl as never, { inputData } as unknown as Bundle)) as string;
  const redirectedTo = new URL(await approve(consentUrl));
  const code = redirectedTo.searchParams.get('code');
  if (!code || redirectedTo.searchParams.get('state') !== 'demo-state')
    throw new Error('The consent page did not return a code');
  return (await appTester(
    oauth.getAccessToken as never,
    { inputData: { ...inputData, code }, authData: {} } as unknown as Bundle,
  )) as Record<string, string>;
};

export type Kind = 'triggers' | 'searches' | 'creates';

/** Runs an operation's perform as Zapier would, with this connection's auth data. */
export const operationRunner =
  (appTester: AppTester, authData: Record<string, string>) =>
  // Tests and the demo read an answer's fields as the operation's sample shows them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  <T = any>(
    kind: Kind,
    key: string,
    inputData: Record<string, unknown>,
    meta: Record<string, unknown> = {},
  ): Promise<T> => {
    const operation = (App as unknown as Record<Kind, Record<string, { operation: { perform: unknown } }>>)[kind][key];
    if (!operation) throw new Error(`The app has no ${kind} ${key}`);
    return appTester(
      operation.operation.perform as never,
      { authData, inputData, meta } as unknown as Bundle,
    ) as Promise<T>;
  };
