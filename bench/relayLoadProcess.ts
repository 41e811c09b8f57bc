import { execFile } from 'node:child_process';
import { type Measured, type ServerToMeasure, measureServers } from './relayLoad';

/**
 * The relay measurements in a Node process of their own: the load generator and the hook
 * stand-in start fresh there, so what the bench did before (half an hour of operations, their
 * heap and servers) weighs on no figure.
 */
export interface RelaySettings {
  flatOut: number;
  steadySeconds: number;
}

/** Runs measureServers in a fresh process (this file, built) and resolves with what it measured. */
export const measureInOwnProcess = (servers: ServerToMeasure[], settings: RelaySettings) =>
  new Promise<Measured[]>((resolve, reject) => {
    execFile(
      process.execPath,
      [__filename, JSON.stringify({ servers, settings })],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`The relay measurement failed: ${stderr.slice(-500) || error.message}`));
        else resolve(JSON.parse(stdout) as Measured[]);
      },
    );
  });

if (require.main === module) {
  const { servers, settings } = JSON.parse(process.argv[2] ?? '{}') as {
    servers: ServerToMeasure[];
    settings: RelaySettings;
  };
  measureServers(servers, settings)
    .then((measured) => process.stdout.write(JSON.stringify(measured)))
    .catch((error: Error) => {
      process.stderr.write(`${error.stack ?? error.message}\n`);
      process.exit(1);
    });
}
