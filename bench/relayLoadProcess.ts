import { execFile } from 'node:child_process';
import { embeddedBackend, measureFloor, measureRelay, postgresBackend } from './relayLoad';

/**
 * One relay measurement in a Node process of its own: the load generator and the hook stand-in
 * start fresh there, so what the bench did before (half an hour of operations, their heap and
 * servers) weighs on no figure, and every server is read under the same generator.
 */
export type RelayJob =
  { server: 'floor' } | { server: 'embedded' } | { server: 'postgres'; url: string; processes: number };

export interface RelayJobSettings {
  flatOut: number;
  steadySeconds: number;
}

type Measured = Awaited<ReturnType<typeof measureRelay>>;
export type RelayJobResult = { eventsPerSecond: number } | { name: string; processes: number; result: Measured };

const run = async (job: RelayJob, { flatOut, steadySeconds }: RelayJobSettings): Promise<RelayJobResult> => {
  if (job.server === 'floor') return { eventsPerSecond: await measureFloor(flatOut) };
  const backend = job.server === 'embedded' ? embeddedBackend() : postgresBackend(job.url, job.processes);
  return {
    name: backend.name,
    processes: backend.processes,
    result: await measureRelay(backend, flatOut, steadySeconds),
  };
};

/** Runs `job` in a fresh process (this file, built) and resolves with what it measured. */
export const measureInOwnProcess = (job: RelayJob, settings: RelayJobSettings) =>
  new Promise<RelayJobResult>((resolve, reject) => {
    execFile(
      process.execPath,
      [__filename, JSON.stringify({ job, settings })],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`The relay measurement failed: ${stderr.slice(-500) || error.message}`));
        else resolve(JSON.parse(stdout) as RelayJobResult);
      },
    );
  });

if (require.main === module) {
  const { job, settings } = JSON.parse(process.argv[2] ?? '{}') as { job: RelayJob; settings: RelayJobSettings };
  run(job, settings)
    .then((result) => process.stdout.write(JSON.stringify(result)))
    .catch((error: Error) => {
      process.stderr.write(`${error.stack ?? error.message}\n`);
      process.exit(1);
    });
}
