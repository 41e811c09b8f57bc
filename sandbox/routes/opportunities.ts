import { badRequest, isReply, notFound, recordOr404, route, type Reply, type RouteContext } from '../router';
import { type Json, newId, pickFields } from '../store';
import { changeFollowers } from './followers';

const FIELDS = ['name', 'pipelineId', 'pipelineStageId', 'status', 'monetaryValue', 'assignedTo', 'lostReasonId'];
/** Custom fields as the spec takes them (`field_value`) merged into the ones kept, answered as `fieldValue`. */
const mergedCustomFields = (current: unknown, incoming: unknown) => {
  const byId = new Map<string, Json>(((current as Json[] | undefined) ?? []).map((f) => [String(f.id), f]));
  for (const f of (incoming as Array<{ id: string; field_value?: unknown }> | undefined) ?? [])
    byId.set(f.id, { id: f.id, fieldValue: f.field_value });
  return [...byId.values()];
};

const only = (body: Json, current: Json = {}): Json => ({
  ...pickFields(body, FIELDS),
  ...(body.customFields ? { customFields: mergedCustomFields(current.customFields, body.customFields) } : {}),
});

const opportunityOr404 = (ctx: RouteContext): Json | Reply =>
  recordOr404(ctx.state.opportunities, ctx.params.id, 'Opportunity');

/** GHL checks that the pipeline exists and that the stage belongs to it. */
const pipelineProblem = (ctx: RouteContext, pipelineId: unknown, stageId: unknown): Reply | undefined => {
  const pipeline = ctx.state.pipelines.find((p) => p.id === pipelineId);
  if (!pipeline) return badRequest(`Pipeline ${String(pipelineId)} not found in this location`);
  if (stageId !== undefined && !(pipeline.stages as Json[]).some((s) => s.id === stageId)) {
    return badRequest(`Stage ${String(stageId)} is not a stage of pipeline ${String(pipeline.name)}`);
  }
  return undefined;
};

/** Applies a change, stamping when the stage or status moved, as GHL does. */
const apply = (opportunity: Json, change: Json, now: string): Json => {
  if (change.pipelineStageId !== undefined && change.pipelineStageId !== opportunity.pipelineStageId)
    opportunity.lastStageChangeAt = now;
  if (change.status !== undefined && change.status !== opportunity.status) opportunity.lastStatusChangeAt = now;
  return Object.assign(opportunity, change, { updatedAt: now });
};

const create = (ctx: RouteContext, body: Json): Json | Reply => {
  const problem = pipelineProblem(ctx, body.pipelineId, body.pipelineStageId);
  if (problem) return problem;
  const contact = ctx.state.contacts.get(String(body.contactId ?? ''));
  if (body.contactId !== undefined && !contact) return notFound('Contact');
  const pipeline = ctx.state.pipelines.find((p) => p.id === body.pipelineId)!;
  const opportunity: Json = {
    id: newId(),
    locationId: ctx.state.location.id,
    status: 'open',
    pipelineStageId: (pipeline.stages as Json[])[0]!.id,
    createdAt: ctx.now,
    lastStageChangeAt: ctx.now,
    lastStatusChangeAt: ctx.now,
    ...only(body),
    updatedAt: ctx.now,
    ...(contact
      ? {
          contactId: contact.id,
          contact: { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone },
        }
      : {}),
  };
  ctx.state.opportunities.set(String(opportunity.id), opportunity);
  return opportunity;
};

const followers = (ctx: RouteContext, add: boolean): Reply => {
  const opportunity = opportunityOr404(ctx);
  if (isReply(opportunity)) return opportunity;
  return changeFollowers(
    ctx.state.opportunityFollowers,
    String(opportunity.id),
    (ctx.body.followers as string[]) ?? [],
    add,
  );
};

/** The Opportunities API: static paths before `/opportunities/{id}`, which would swallow them. */
export const opportunityRoutes = [
  route('GET', '/opportunities/search', (ctx) => {
    const q = (ctx.query.get('q') ?? '').toLowerCase();
    const filters: Array<[string, string]> = [
      ['pipeline_id', 'pipelineId'],
      ['pipeline_stage_id', 'pipelineStageId'],
      ['status', 'status'],
      ['contact_id', 'contactId'],
      ['assigned_to', 'assignedTo'],
    ];
    const matches = [...ctx.state.opportunities.values()]
      .filter((o) => filters.every(([param, field]) => !ctx.query.get(param) || o[field] === ctx.query.get(param)))
      .filter(
        (o) =>
          !q ||
          [o.name, (o.contact as Json | undefined)?.name, (o.contact as Json | undefined)?.email].some((v) =>
            String(v ?? '')
              .toLowerCase()
              .includes(q),
          ),
      )
      .sort((a, b) =>
        String(ctx.query.get('order') === 'added_asc' ? a.createdAt : b.createdAt).localeCompare(
          String(ctx.query.get('order') === 'added_asc' ? b.createdAt : a.createdAt),
        ),
      );
    const limit = Number(ctx.query.get('limit') ?? 20);
    const page = Math.max(1, Number(ctx.query.get('page') ?? 1));
    return [
      200,
      {
        opportunities: matches.slice((page - 1) * limit, page * limit),
        meta: { total: matches.length, currentPage: page },
        aggregations: {},
      },
    ];
  }),
  route('GET', '/opportunities/pipelines', (ctx) => [200, { pipelines: ctx.state.pipelines }]),
  route('GET', '/opportunities/lost-reason', (ctx) => [
    200,
    { lostReasons: ctx.state.lostReasons, total: ctx.state.lostReasons.length },
  ]),
  // GHL upserts on the ID when given, else on contact + pipeline: the contact's deal in that pipeline.
  route('POST', '/opportunities/upsert', (ctx) => {
    if (!ctx.body.id && !ctx.body.contactId) return badRequest('contactId is required to create an opportunity');
    const existing = ctx.body.id
      ? ctx.state.opportunities.get(String(ctx.body.id))
      : [...ctx.state.opportunities.values()].find(
          (o) => o.contactId === ctx.body.contactId && o.pipelineId === ctx.body.pipelineId,
        );
    if (ctx.body.id && !existing) return notFound('Opportunity');
    if (existing) {
      const problem = pipelineProblem(ctx, ctx.body.pipelineId, ctx.body.pipelineStageId);
      return problem ?? [200, { opportunity: apply(existing, only(ctx.body, existing), ctx.now), new: false }];
    }
    const created = create(ctx, ctx.body);
    return isReply(created) ? created : [200, { opportunity: created, new: true }];
  }),
  route('POST', '/opportunities/', (ctx) => {
    const created = create(ctx, ctx.body);
    return isReply(created) ? created : [201, { opportunity: created }];
  }),
  route('GET', '/opportunities/{id}', (ctx) => {
    const opportunity = opportunityOr404(ctx);
    return isReply(opportunity) ? opportunity : [200, { opportunity }];
  }),
  route('PUT', '/opportunities/{id}', (ctx) => {
    const opportunity = opportunityOr404(ctx);
    if (isReply(opportunity)) return opportunity;
    const change = only(ctx.body, opportunity);
    const problem = pipelineProblem(ctx, change.pipelineId ?? opportunity.pipelineId, change.pipelineStageId);
    return problem ?? [200, { opportunity: apply(opportunity, change, ctx.now) }];
  }),
  // GHL's live answer spells its flag `success` here, not the spec's `succeded`.
  route('DELETE', '/opportunities/{id}', (ctx) =>
    ctx.state.opportunities.delete(ctx.params.id!) ? [200, { success: true }] : notFound('Opportunity'),
  ),
  route('PUT', '/opportunities/{id}/status', (ctx) => {
    const opportunity = opportunityOr404(ctx);
    if (isReply(opportunity)) return opportunity;
    apply(
      opportunity,
      { status: ctx.body.status, ...(ctx.body.lostReasonId ? { lostReasonId: ctx.body.lostReasonId } : {}) },
      ctx.now,
    );
    return [200, { succeded: true }];
  }),
  route('POST', '/opportunities/{id}/followers', (ctx) => followers(ctx, true)),
  route('DELETE', '/opportunities/{id}/followers', (ctx) => followers(ctx, false)),
];
