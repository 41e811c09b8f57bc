import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import type { ConnectedSandbox } from '../../connect/connectedSandbox';
import type { Kind } from '../../connect/oauthDance';
import { runWithZapierRefresh } from '../support/zapierRuntime';

/** One step of a connected sandbox app, through Zapier's refresh loop (the connection's auth data is updated in place). */
export const runLikeZapier = (app: ConnectedSandbox, kind: Kind, key: string, input: Record<string, unknown>) =>
  runWithZapierRefresh(
    app.authData,
    (authData) =>
      app.appTester(
        (App[kind]![key]!.operation as { perform: unknown }).perform as never,
        { authData, inputData: input } as unknown as Bundle,
      ),
    (authData) =>
      app.appTester(
        App.authentication!.oauth2Config!.refreshAccessToken as never,
        { authData, inputData: {} } as unknown as Bundle,
      ) as Promise<Record<string, unknown>>,
  );
