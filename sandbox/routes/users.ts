import { badRequest, notFound, route, type Reply } from '../router';
import { type Json, newId, pickFields } from '../store';

const USER_FIELDS = ['firstName', 'lastName', 'email', 'phone'];
const pick = (body: Json) => pickFields(body, USER_FIELDS);
const named = (user: Json): Json => ({ ...user, name: [user.firstName, user.lastName].filter(Boolean).join(' ') });
/** GHL answers the role inside `roles` (RoleSchema). */
const withRole = (user: Json, body: Json): Json =>
  body.role
    ? {
        ...user,
        roles: {
          ...(user.roles as Json),
          type: body.type ?? (user.roles as Json | undefined)?.type ?? 'account',
          role: body.role,
        },
      }
    : user;

/** Team members of the location (search lives with the other dropdown lists). */
export const userRoutes = [
  route('POST', '/users/search/filter-by-email', (ctx) => {
    const emails = String(ctx.body.emails ?? '')
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean);
    const users = ctx.state.users.filter((u) => emails.includes(String(u.email).toLowerCase()));
    return [200, { users, count: users.length }];
  }),
  route('GET', '/users/', (ctx) => [200, { users: ctx.state.users }]),
  route('POST', '/users/', (ctx): Reply => {
    if (String(ctx.body.password ?? '').length < 8) return badRequest('password must be at least 8 characters');
    if (ctx.state.users.some((u) => u.email === ctx.body.email))
      return badRequest('A user with this email already exists');
    const user = withRole(named({ id: newId(), ...pick(ctx.body) }), ctx.body);
    ctx.state.users.push(user);
    return [201, user];
  }),
  route('GET', '/users/{userId}', (ctx) => {
    const user = ctx.state.users.find((u) => u.id === ctx.params.userId);
    return user ? [200, user] : notFound('User');
  }),
  route('PUT', '/users/{userId}', (ctx) => {
    const user = ctx.state.users.find((u) => u.id === ctx.params.userId);
    return user
      ? [200, Object.assign(user, withRole(named({ ...user, ...pick(ctx.body) }), ctx.body))]
      : notFound('User');
  }),
  route('DELETE', '/users/{userId}', (ctx) => {
    const index = ctx.state.users.findIndex((u) => u.id === ctx.params.userId);
    if (index < 0) return notFound('User');
    const [user] = ctx.state.users.splice(index, 1);
    return [
      200,
      {
        succeded: true,
        message: `Queued deleting user with e-mail ${String(user!.email)} and name ${String(user!.name)}.`,
      },
    ];
  }),
];
