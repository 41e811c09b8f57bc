import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import type { ConnectedSandbox } from '../../demo/connectedSandbox';
import type { Kind } from '../../demo/oauthDance';

/**
 * What Zapier does around a step when the app has `autoRefresh`: on RefreshAuthError it calls
 * refreshAccessToken once, stores what it returns in the connection, and runs the step again
 * once. A second failure is shown to the user.
 */
export const runLikeZapier = async (app: ConnectedSandbox, kind: Kind, key: string, input: Record<string, unknown>) => {
  try {
    return await app.run(kind, key, input);
  } catch (error) {
    if ((error as Error).name !== 'RefreshAuthError') throw error;
    const refresh = App.authentication!.oauth2Config!.refreshAccessToken as never;
    const fresh = (await app.appTester(refresh, { authData: app.authData, inputData: {} } as unknown as Bundle)) as Record<string, string>;
    Object.assign(app.authData, fresh);
    return app.run(kind, key, input);
  }
};
