import { notFound, route, type Reply } from '../router';
import { changeFollowers } from './followers';

/** Workflows, snapshots, and what a contact is enrolled in or followed by. */
export const workflowRoutes = [
  route('GET', '/workflows/', (ctx) => [200, { workflows: ctx.state.workflows }]),
  route('GET', '/snapshots/', (ctx) => [200, { snapshots: ctx.state.snapshots }]),
  ...(['POST', 'DELETE'] as const).map((method) =>
    route(method, '/contacts/{contactId}/workflow/{workflowId}', (ctx): Reply => {
      if (!ctx.state.contacts.has(ctx.params.contactId!)) return notFound('Contact');
      if (!ctx.state.workflows.some((w) => w.id === ctx.params.workflowId)) return notFound('Workflow');
      const enrolled = ctx.state.workflowMembers.get(ctx.params.contactId!) ?? new Set<string>();
      if (method === 'POST') enrolled.add(ctx.params.workflowId!);
      else enrolled.delete(ctx.params.workflowId!);
      ctx.state.workflowMembers.set(ctx.params.contactId!, enrolled);
      return [200, { succeded: true }];
    }),
  ),
  ...(['POST', 'DELETE'] as const).map((method) =>
    route(method, '/contacts/{contactId}/followers', (ctx): Reply =>
      ctx.state.contacts.has(ctx.params.contactId!)
        ? changeFollowers(
            ctx.state.contactFollowers,
            ctx.params.contactId!,
            (ctx.body.followers as string[]) ?? [],
            method === 'POST',
          )
        : notFound('Contact'),
    ),
  ),
  route('POST', '/contacts/bulk/business', (ctx): Reply => {
    if (!ctx.state.businesses.some((b) => b.id === ctx.body.businessId)) return notFound('Business');
    const ids = ((ctx.body.ids as string[]) ?? []).filter((id) => ctx.state.contacts.has(id));
    for (const id of ids)
      Object.assign(ctx.state.contacts.get(id)!, { businessId: ctx.body.businessId, dateUpdated: ctx.now });
    return [200, { success: true, ids }];
  }),
];
