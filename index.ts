import zapier, { defineApp } from 'zapier-platform-core';
import packageJson from './package.json';
import { authentication } from './src/auth/authentication';
import { downloadGhlFile, downloadMedia } from './src/operations/files';
import { mapGhlErrors } from './src/http/errorMapping';
import { addGhlHostAndAuth } from './src/http/middleware';
import { byKey } from './src/operations/registry';
import { resources } from './src/resources';

export default defineApp({
  version: packageJson.version,
  platformVersion: zapier.version,
  authentication,
  beforeRequest: [addGhlHostAndAuth],
  afterResponse: [mapGhlErrors],
  // Core would turn a 429 into its own ThrottledError before afterResponse runs; false (despite
  // the schema's wording) lets mapGhlErrors see it and use the delay GHL reports.
  flags: { throwForThrottlingEarly: false, cleanInputData: false },
  triggers: byKey(resources.flatMap((resource) => resource.triggers ?? [])),
  searches: byKey(resources.flatMap((resource) => resource.searches ?? [])),
  creates: byKey(resources.flatMap((resource) => resource.creates ?? [])),
  searchOrCreates: Object.assign({}, ...resources.map((resource) => resource.searchOrCreates ?? {})),
  // Files (call recordings, transcripts, message attachments) are fetched only when a later step uses them.
  hydrators: { downloadGhlFile, downloadMedia },
});
