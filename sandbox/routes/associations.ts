import { badRequest, isReply, notFound, pageOf, recordOr404, route, type Reply, type RouteContext } from '../router';
import { type Json, newId, pickFields } from '../store';

const page = (ctx: RouteContext, rows: Json[]) => pageOf(ctx, rows, { defaultLimit: 100 });
const associationOf = (ctx: RouteContext, id: unknown): Json | Reply =>
  recordOr404(ctx.state.associations, id, 'Association');

/** Associations (kinds of link between objects) and relations (links between two records). */
export const associationRoutes = [
  route('POST', '/associations/relations', (ctx): Reply => {
    const association = associationOf(ctx, ctx.body.associationId);
    if (isReply(association)) return association;
    const { firstRecordId, secondRecordId } = ctx.body;
    if (
      [...ctx.state.relations.values()].some(
        (r) =>
          r.associationId === association.id &&
          r.firstRecordId === firstRecordId &&
          r.secondRecordId === secondRecordId,
      )
    ) {
      return badRequest('These records are already linked by this association');
    }
    const relation = {
      id: newId(),
      associationId: association.id,
      firstRecordId,
      secondRecordId,
      locationId: ctx.state.location.id,
    };
    ctx.state.relations.set(relation.id, relation);
    return [201, association];
  }),
  route('GET', '/associations/relations/{recordId}', (ctx): Reply => {
    const linked = [...ctx.state.relations.values()].filter(
      (r) => r.firstRecordId === ctx.params.recordId || r.secondRecordId === ctx.params.recordId,
    );
    return [200, { relations: page(ctx, linked), total: linked.length }];
  }),
  route('DELETE', '/associations/relations/{relationId}', (ctx): Reply => {
    const relation = ctx.state.relations.get(ctx.params.relationId!);
    if (!relation) return notFound('Relation');
    ctx.state.relations.delete(ctx.params.relationId!);
    return [200, ctx.state.associations.get(String(relation.associationId))];
  }),
  route('GET', '/associations/key/{key_name}', (ctx): Reply => {
    const found = [...ctx.state.associations.values()].find((a) => a.key === ctx.params.key_name);
    return found ? [200, found] : notFound('Association');
  }),
  route('GET', '/associations/objectKey/{objectKey}', (ctx): Reply => {
    const key = ctx.params.objectKey;
    return [
      200,
      {
        associations: [...ctx.state.associations.values()].filter(
          (a) => a.firstObjectKey === key || a.secondObjectKey === key,
        ),
      },
    ];
  }),
  route('GET', '/associations/', (ctx): Reply => {
    const all = [...ctx.state.associations.values()];
    return [200, { associations: page(ctx, all), total: all.length }];
  }),
  route('POST', '/associations/', (ctx): Reply => {
    if ([...ctx.state.associations.values()].some((a) => a.key === ctx.body.key))
      return badRequest('An association with this key already exists');
    const created = {
      id: newId(),
      associationType: 'USER_DEFINED',
      ...pickFields(ctx.body, [
        'locationId',
        'key',
        'firstObjectKey',
        'firstObjectLabel',
        'secondObjectKey',
        'secondObjectLabel',
      ]),
    };
    ctx.state.associations.set(created.id, created);
    return [201, created];
  }),
  route('GET', '/associations/{associationId}', (ctx): Reply => {
    const association = associationOf(ctx, ctx.params.associationId);
    return isReply(association) ? association : [200, association];
  }),
  route('PUT', '/associations/{associationId}', (ctx): Reply => {
    const association = associationOf(ctx, ctx.params.associationId);
    if (isReply(association)) return association;
    Object.assign(association, pickFields(ctx.body, ['firstObjectLabel', 'secondObjectLabel']));
    return [200, association];
  }),
  route('DELETE', '/associations/{associationId}', (ctx): Reply => {
    const association = associationOf(ctx, ctx.params.associationId);
    if (isReply(association)) return association;
    if (association.associationType !== 'USER_DEFINED')
      return badRequest('Only user-defined associations can be deleted');
    ctx.state.associations.delete(String(association.id));
    for (const [id, relation] of ctx.state.relations)
      if (relation.associationId === association.id) ctx.state.relations.delete(id);
    return [200, { deleted: true, id: association.id, message: 'Association deleted successfully' }];
  }),
];
