/**
 * Node's one-line notice that `node:sqlite` is experimental says nothing to the relay's
 * operator (its stderr is JSON lines) or to someone watching `npm start`: it is left out, and
 * every other warning is still printed.
 */
export const quietSqliteNotice = () => {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'ExperimentalWarning' && /SQLite/i.test(warning.message)) return;
    process.stderr.write(`${warning.name}: ${warning.message}\n`);
  });
};
