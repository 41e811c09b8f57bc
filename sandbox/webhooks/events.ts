import type { RouteContext } from '../router';
import type { Json, LocationState } from '../store';

/** The contact fields GHL's Contact* webhooks carry (docs/webhook-ContactCreate.md). */
const CONTACT_FIELDS = [
  'id',
  'address1',
  'city',
  'state',
  'companyName',
  'country',
  'source',
  'dateAdded',
  'dateOfBirth',
  'dnd',
  'email',
  'name',
  'firstName',
  'lastName',
  'phone',
  'postalCode',
  'tags',
  'website',
  'assignedTo',
  'customFields',
];
const OPPORTUNITY_FIELDS = [
  'id',
  'assignedTo',
  'contactId',
  'monetaryValue',
  'name',
  'pipelineId',
  'pipelineStageId',
  'source',
  'status',
  'dateAdded',
];
const APPOINTMENT_FIELDS = [
  'id',
  'address',
  'title',
  'calendarId',
  'contactId',
  'groupId',
  'appointmentStatus',
  'assignedUserId',
  'users',
  'notes',
  'source',
  'startTime',
  'endTime',
  'dateAdded',
  'dateUpdated',
];

const pick = (record: Json | undefined, keys: string[]): Json =>
  Object.fromEntries(keys.filter((k) => record?.[k] !== undefined).map((k) => [k, record![k]]));

export interface WebhookEvent {
  type: string;
  fields: Json;
}

type Snapshot = Json | undefined;

/** What a route changes, read before its handler runs, so the event can tell what moved. */
interface EventRule {
  before?: (ctx: RouteContext) => Snapshot;
  events: (ctx: RouteContext, reply: Json, before: Snapshot) => WebhookEvent[];
}

const contact = (state: LocationState, id: unknown) => pick(state.contacts.get(String(id)), CONTACT_FIELDS);
const tagsOf = (ctx: RouteContext, id: unknown) => JSON.stringify(ctx.state.contacts.get(String(id))?.tags ?? []);

/** The path's contact's tags before the handler runs. */
const tagsBefore = (ctx: RouteContext): Snapshot => ({ tags: tagsOf(ctx, ctx.params.contactId) });

const tagsChanged = (ctx: RouteContext, id: unknown, before: unknown): WebhookEvent[] =>
  before !== tagsOf(ctx, id) ? [{ type: 'ContactTagUpdate', fields: contact(ctx.state, id) }] : [];

const contactChanged = (ctx: RouteContext, id: unknown, before: unknown): WebhookEvent[] => [
  { type: 'ContactUpdate', fields: contact(ctx.state, id) },
  ...tagsChanged(ctx, id, before),
];

const opportunityBefore = (ctx: RouteContext): Snapshot => {
  const id = ctx.params.id ?? ctx.body.id;
  const o = id ? ctx.state.opportunities.get(String(id)) : undefined;
  return o ? { stage: o.pipelineStageId, status: o.status } : undefined;
};

const opportunityMoved = (ctx: RouteContext, id: unknown, before: Snapshot): WebhookEvent[] => {
  const o = ctx.state.opportunities.get(String(id));
  if (!o || !before) return [];
  const fields = pick(o, OPPORTUNITY_FIELDS);
  return [
    ...(o.pipelineStageId !== before.stage ? [{ type: 'OpportunityStageUpdate', fields }] : []),
    ...(o.status !== before.status ? [{ type: 'OpportunityStatusUpdate', fields }] : []),
  ];
};

/** GHL's webhook events, by the route whose success causes them. */
export const EVENT_RULES: Record<string, EventRule> = {
  'POST /contacts/': {
    events: (ctx, reply) => [{ type: 'ContactCreate', fields: contact(ctx.state, (reply.contact as Json).id) }],
  },
  'POST /contacts/upsert': {
    events: (ctx, reply) => {
      const id = (reply.contact as Json).id;
      return reply.new
        ? [{ type: 'ContactCreate', fields: contact(ctx.state, id) }]
        : [{ type: 'ContactUpdate', fields: contact(ctx.state, id) }];
    },
  },
  'PUT /contacts/{contactId}': {
    before: tagsBefore,
    events: (ctx, _reply, before) => contactChanged(ctx, ctx.params.contactId, before?.tags),
  },
  'POST /contacts/{contactId}/tags': {
    before: tagsBefore,
    events: (ctx, _reply, before) => tagsChanged(ctx, ctx.params.contactId, before?.tags),
  },
  'DELETE /contacts/{contactId}/tags': {
    before: tagsBefore,
    events: (ctx, _reply, before) => tagsChanged(ctx, ctx.params.contactId, before?.tags),
  },
  'POST /conversations/messages/inbound': {
    events: (ctx, reply) => [
      {
        type: 'InboundMessage',
        fields: {
          attachments: ctx.body.attachments ?? [],
          body: reply.message,
          contactId: reply.contactId,
          contentType: 'text/plain',
          conversationId: reply.conversationId,
          dateAdded: reply.dateAdded,
          direction: 'inbound',
          messageType: ctx.body.type,
          status: 'delivered',
          messageId: reply.messageId,
          conversationProviderId: ctx.body.conversationProviderId,
        },
      },
    ],
  },
  'PUT /opportunities/{id}': {
    before: opportunityBefore,
    events: (ctx, _r, before) => opportunityMoved(ctx, ctx.params.id, before),
  },
  'PUT /opportunities/{id}/status': {
    before: opportunityBefore,
    events: (ctx, _r, before) => opportunityMoved(ctx, ctx.params.id, before),
  },
  'POST /opportunities/upsert': {
    before: opportunityBefore,
    events: (ctx, reply, before) => opportunityMoved(ctx, (reply.opportunity as Json).id, before),
  },
  'POST /calendars/events/appointments': {
    events: (ctx, reply) => [
      {
        type: 'AppointmentCreate',
        fields: { appointment: pick(ctx.state.appointments.get(String(reply.id)), APPOINTMENT_FIELDS) },
      },
    ],
  },
  'PUT /contacts/{contactId}/tasks/{taskId}/completed': {
    before: (ctx) => ({ completed: ctx.state.tasks.get(String(ctx.params.taskId))?.completed === true }),
    events: (ctx, _reply, before) => {
      const task = ctx.state.tasks.get(String(ctx.params.taskId));
      if (!task || task.completed !== true || before?.completed) return [];
      return [
        {
          type: 'TaskComplete',
          fields: pick(task, ['id', 'assignedTo', 'body', 'contactId', 'dateAdded', 'dueDate', 'title']),
        },
      ];
    },
  },
  'POST /contacts/{contactId}/notes': {
    events: (ctx, reply) => [
      { type: 'NoteCreate', fields: pick(reply.note as Json, ['id', 'body', 'contactId', 'dateAdded', 'userId']) },
    ],
  },
};
