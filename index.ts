import zapier, { defineApp } from 'zapier-platform-core';
import packageJson from './package.json';
import { authentication } from './src/auth/authentication';
import { downloadGhlFile } from './src/operations/files';
import { mapGhlErrors } from './src/http/errorMapping';
import { addGhlHostAndAuth } from './src/http/middleware';
import { byKey } from './src/operations/registry';
import { associationCreates, associationTriggers } from './src/resources/associations';
import { blogCreates, blogTriggers } from './src/resources/blogs';
import { businessCreates, businessTriggers } from './src/resources/businesses';
import { calendarCreates, calendarTriggers } from './src/resources/calendars';
import { conversationCreates, conversationTriggers } from './src/resources/conversations';
import { contactCreates, contactSearchOrCreates, contactSearches, contactTriggers } from './src/resources/contacts';
import { locationCreates, locationSearches, locationTriggers } from './src/resources/locations';
import { opportunityCreates, opportunityTriggers } from './src/resources/opportunities';
import { userCreates, userTriggers } from './src/resources/users';
import { workflowCreates, workflowTriggers } from './src/resources/workflows';

export default defineApp({
  version: packageJson.version,
  platformVersion: zapier.version,
  authentication,
  beforeRequest: [addGhlHostAndAuth],
  afterResponse: [mapGhlErrors],
  // Core would turn a 429 into its own ThrottledError before afterResponse runs; false (despite
  // the schema's wording) lets mapGhlErrors see it and use the delay GHL reports.
  flags: { throwForThrottlingEarly: false, cleanInputData: false },
  triggers: byKey([
    ...contactTriggers,
    ...conversationTriggers,
    ...calendarTriggers,
    ...opportunityTriggers,
    ...userTriggers,
    ...businessTriggers,
    ...workflowTriggers,
    ...locationTriggers,
    ...associationTriggers,
    ...blogTriggers,
  ]),
  searches: byKey([...contactSearches, ...locationSearches]),
  creates: byKey([
    ...contactCreates,
    ...conversationCreates,
    ...calendarCreates,
    ...opportunityCreates,
    ...userCreates,
    ...businessCreates,
    ...workflowCreates,
    ...locationCreates,
    ...associationCreates,
    ...blogCreates,
  ]),
  searchOrCreates: contactSearchOrCreates,
  // Files (call recordings, transcripts) are fetched only when a later step uses them.
  hydrators: { downloadGhlFile },
});
