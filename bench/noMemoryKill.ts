/**
 * zapier-platform-core ends its process after 250 invocations once RSS passes 450 MB, a safety
 * valve for Zapier's Lambda workers. The benchmark runs thousands of invocations in one process
 * over a sandbox holding tens of thousands of records, so the check is replaced before core loads
 * (as jest's moduleNameMapper does for the tests). Imported first by `run.ts`.
 */
const checker = require.resolve('zapier-platform-core/src/tools/memory-checker');
require.cache[checker] = {
  id: checker,
  filename: checker,
  loaded: true,
  exports: () => undefined,
} as unknown as NodeJS.Module;
