import { randomUUID } from 'node:crypto';
import { pageOf, route, type Reply, type RouteContext } from '../router';
import { type Json, type LocationState, nowIso } from '../store';
import { upsertContact } from './contacts';

/** Forms and surveys answer alike; each kind names its list, its submissions and its ID key. */
interface Kind {
  base: '/forms' | '/surveys';
  list: 'forms' | 'surveys';
  submissions: 'formSubmissions' | 'surveySubmissions';
  idKey: 'formId' | 'surveyId';
}
const KINDS: Record<'form' | 'survey', Kind> = {
  form: { base: '/forms', list: 'forms', submissions: 'formSubmissions', idKey: 'formId' },
  survey: { base: '/surveys', list: 'surveys', submissions: 'surveySubmissions', idKey: 'surveyId' },
};

/** GHL's ceilings: its specs say lists page 50 at most and submissions 100. */
const LIST_MAX = 50;
const SUBMISSIONS_MAX = 100;

const tooMany = (max: number): Reply => [
  422,
  { statusCode: 422, message: [`limit must not be greater than ${max}`], error: 'Unprocessable Entity' },
];

const day = (iso: string) => iso.slice(0, 10);

/** Without startAt and endAt GHL answers from the same date last month to today. */
const window = (ctx: RouteContext) => {
  const today = new Date(ctx.now);
  const monthAgo = new Date(today);
  monthAgo.setUTCMonth(monthAgo.getUTCMonth() - 1);
  return {
    from: ctx.query.get('startAt') ?? day(monthAgo.toISOString()),
    to: ctx.query.get('endAt') ?? day(ctx.now),
  };
};

const digits = (value: unknown) => String(value ?? '').replace(/\D/g, '');

/** `q` finds a submission by its contact's ID, or by the name, email or phone it gave. */
const matchesQuery = (submission: Json, q: string) => {
  const others = (submission.others ?? {}) as Json;
  const wanted = q.toLowerCase();
  return (
    submission.contactId === q ||
    [submission.name, submission.email].some((v) =>
      String(v ?? '')
        .toLowerCase()
        .includes(wanted),
    ) ||
    (digits(q).length >= 5 && digits(others.phone).endsWith(digits(q).replace(/^0+/, '')))
  );
};

const listRoute = (kind: Kind) =>
  route('GET', `${kind.base}/`, (ctx) => {
    if (Number(ctx.query.get('limit') ?? 0) > LIST_MAX) return tooMany(LIST_MAX);
    const all = ctx.state[kind.list];
    return [200, { [kind.list]: pageOf(ctx, all, { defaultLimit: 10 }), total: all.length }];
  });

const submissionsRoute = (kind: Kind) =>
  route('GET', `${kind.base}/submissions`, (ctx) => {
    const limit = Number(ctx.query.get('limit') ?? 20);
    if (limit > SUBMISSIONS_MAX) return tooMany(SUBMISSIONS_MAX);
    const page = Math.max(1, Number(ctx.query.get('page') ?? 1));
    const { from, to } = window(ctx);
    const id = ctx.query.get(kind.idKey);
    const q = ctx.query.get('q');
    const kept = ctx.state[kind.submissions]
      .filter((s) => !id || s[kind.idKey] === id)
      .filter((s) => !q || matchesQuery(s, q))
      .filter((s) => day(String(s.createdAt)) >= from && day(String(s.createdAt)) <= to)
      .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    const pages = Math.ceil(kept.length / limit);
    return [
      200,
      {
        submissions: kept.slice((page - 1) * limit, page * limit),
        meta: {
          total: kept.length,
          currentPage: page,
          nextPage: page < pages ? page + 1 : null,
          prevPage: page > 1 ? page - 1 : null,
        },
      },
    ];
  });

export const formRoutes = Object.values(KINDS).flatMap((kind) => [listRoute(kind), submissionsRoute(kind)]);

export interface Submitted {
  /** The form's (or survey's) ID. */
  of: string;
  /** Answers by standard key (`full_name`, `email`, `phone`) or by custom field ID. */
  answers: Record<string, unknown>;
  page?: { url: string; title: string };
  source?: string;
}

/**
 * What a person submitting a form does in GHL: the contact with that email or phone is created
 * or updated (its custom fields too), and the submission is kept with every answer under `others`.
 */
export const submitForm = (
  state: LocationState,
  clock: () => number,
  kindName: keyof typeof KINDS,
  { of, answers, page, source = 'Direct traffic' }: Submitted,
): Json => {
  const kind = KINDS[kindName];
  const now = nowIso(clock);
  const [firstName, ...rest] = String(answers.full_name ?? answers.first_name ?? '').split(' ');
  const customFields = state.customFields
    .filter((field) => answers[String(field.id)] !== undefined)
    .map((field) => ({ id: field.id, fieldValue: answers[String(field.id)] }));
  const { contact } = upsertContact(
    state,
    {
      firstName: firstName || undefined,
      lastName: answers.last_name ?? (rest.join(' ') || undefined),
      email: answers.email,
      phone: answers.phone,
      ...(customFields.length ? { customFields } : {}),
    },
    now,
  );
  const submission = {
    id: randomUUID(),
    contactId: contact.id,
    createdAt: now,
    [kind.idKey]: of,
    name: contact.name ?? '',
    email: contact.email ?? '',
    others: {
      ...answers,
      eventData: { source, medium: kindName, type: 'page-visit', ...(page ? { page } : {}) },
      fieldsOriSequance: Object.keys(answers),
    },
  };
  state[kind.submissions].push(submission);
  return submission;
};
