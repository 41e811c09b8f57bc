import type { Route } from '../router';
import { agencyRoutes } from './agency';
import { associationRoutes } from './associations';
import { blogRoutes } from './blogs';
import { businessRoutes } from './businesses';
import { calendarRoutes } from './calendars';
import { contactRoutes } from './contacts';
import { formRoutes } from './forms';
import { objectRoutes } from './objects';
import { conversationRoutes } from './conversations';
import { locationRoutes } from './location';
import { oauthRoutes } from './oauth';
import { opportunityRoutes } from './opportunities';
import { phoneSystemRoutes } from './phoneSystem';
import { userRoutes } from './users';
import { workflowRoutes } from './workflows';

/** Every GHL API route the sandbox serves. */
export const API_ROUTES: Route[] = [
  ...oauthRoutes,
  ...contactRoutes,
  ...formRoutes,
  ...objectRoutes,
  ...agencyRoutes,
  ...locationRoutes,
  ...associationRoutes,
  ...blogRoutes,
  ...opportunityRoutes,
  ...calendarRoutes,
  ...conversationRoutes,
  ...userRoutes,
  ...businessRoutes,
  ...workflowRoutes,
  ...phoneSystemRoutes,
];
