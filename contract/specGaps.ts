type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Declares a path parameter the spec uses in its path template but never lists. */
const declarePathParam = (
  doc: Doc,
  path: string,
  methods: string[],
  name: string,
  schema: Doc = { type: 'string' },
) => {
  for (const method of methods) {
    const op = doc.paths[path]?.[method];
    if (op && !op.parameters.some((p: Doc) => p.in === 'path' && p.name === name))
      op.parameters.push({ name, in: 'path', required: true, schema });
  }
};

/** The JSON content of a GET's 200 answer, whose `schema` a patch replaces. */
const okContent = (doc: Doc, path: string): Doc | undefined =>
  doc.paths[path]?.get?.responses?.['200']?.content?.['application/json'];

/**
 * Places where GHL's published spec disagrees with GHL's documented behaviour. Each patch is
 * applied to the loaded spec, so the contract stays strict everywhere else.
 */
export const SPEC_GAPS: Array<{ file: string; why: string; patch: (doc: Doc) => void }> = [
  {
    file: 'contacts.json',
    why: 'POST /contacts/bulk/tags/update/{type} uses a {type} path segment (add or remove) that the spec never declares.',
    patch: (doc) =>
      declarePathParam(doc, '/contacts/bulk/tags/update/{type}', ['post'], 'type', {
        type: 'string',
        enum: ['add', 'remove'],
      }),
  },
  {
    file: 'contacts.json',
    why: 'NumericField.field_value is declared as an object, but GHL takes the number as a string or number.',
    patch: (doc) => {
      const field = doc.components.schemas.NumericField?.properties?.field_value;
      if (field)
        doc.components.schemas.NumericField.properties.field_value = {
          oneOf: [{ type: 'string' }, { type: 'number' }],
          description: field.description,
        };
    },
  },
];

SPEC_GAPS.push({
  file: 'contacts.json',
  why: "Custom field values go as `fieldValue`, which GHL's contacts API takes and its v3 spec prefers (`field_value` deprecated); the v2 spec names only `field_value`.",
  patch: (doc) => {
    for (const schema of Object.values(doc.components.schemas as Record<string, Doc>)) {
      const old = schema.properties?.field_value;
      if (old && !schema.properties.fieldValue) schema.properties.fieldValue = old;
    }
  },
});

SPEC_GAPS.push({
  file: 'contacts.json',
  why: 'POST /contacts/search declares an empty body; its fields are documented only on the page the spec links to.',
  patch: (doc) => {
    doc.components.schemas.SearchBodyV2DTO = {
      type: 'object',
      required: ['locationId'],
      properties: {
        locationId: { type: 'string' },
        page: { type: 'number' },
        pageLimit: { type: 'number', maximum: 500 },
        searchAfter: { type: 'array' },
        query: { type: 'string' },
        filters: { type: 'array' },
        sort: {
          type: 'array',
          items: {
            type: 'object',
            properties: { field: { type: 'string' }, direction: { type: 'string', enum: ['asc', 'desc'] } },
          },
        },
      },
    };
  },
});

SPEC_GAPS.push({
  file: 'contacts.json',
  why: 'dateOfBirth is declared as an object, yet its description and example are date strings such as 1990-09-25.',
  patch: (doc) => {
    for (const dto of ['CreateContactDto', 'UpdateContactDto', 'UpsertContactDto']) {
      const field = doc.components.schemas[dto]?.properties?.dateOfBirth;
      if (field) doc.components.schemas[dto].properties.dateOfBirth = { ...field, type: 'string' };
    }
  },
});

SPEC_GAPS.push(
  {
    file: 'opportunities.json',
    why: "A pipeline's stages are declared as a list of lists; GHL returns stage objects (id, name, position).",
    patch: (doc) => {
      doc.components.schemas.PipelinesResponseSchema.properties.stages.items = {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          position: { type: 'number' },
          showInFunnel: { type: 'boolean' },
          showInPieChart: { type: 'boolean' },
        },
      };
    },
  },
  {
    file: 'opportunities.json',
    why: 'UpsertOpportunityDto.monetaryValue is declared as an object; create and update take a number, as the example (220) shows.',
    patch: (doc) => {
      doc.components.schemas.UpsertOpportunityDto.properties.monetaryValue = { type: 'number', example: 220 };
    },
  },
);

const asString = (schema: Doc | undefined, keys: string[]) => {
  for (const key of keys)
    if (schema?.properties?.[key]) schema.properties[key] = { ...schema.properties[key], type: 'string' };
};

SPEC_GAPS.push(
  {
    file: 'calendars.json',
    why: "Event and blocked-slot times are declared as objects; their examples (and GHL's answers) are ISO 8601 strings.",
    patch: (doc) => {
      asString(doc.components.schemas.CalendarEventDTO, ['startTime', 'endTime', 'dateAdded', 'dateUpdated']);
      asString(doc.components.schemas.BlockedSlotSuccessfulResponseDto, ['startTime', 'endTime']);
    },
  },
  {
    file: 'calendars.json',
    why: 'Updating and deleting an appointment note use a {noteId} path segment that the spec never declares.',
    patch: (doc) =>
      declarePathParam(doc, '/calendars/appointments/{appointmentId}/notes/{noteId}', ['put', 'delete'], 'noteId'),
  },
  {
    file: 'calendars.json',
    why: 'Calendar resources are read, updated and deleted by {id}, yet their response schemas declare no id.',
    patch: (doc) => {
      for (const name of ['CalendarResourceByIdResponseDTO', 'CalendarResourceResponseDTO']) {
        const schema = doc.components.schemas[name];
        if (schema && !schema.properties.id) schema.properties = { id: { type: 'string' }, ...schema.properties };
      }
    },
  },
);

SPEC_GAPS.push(
  {
    file: 'conversations.json',
    why: 'A message\'s subType and direction are declared as objects; their examples and descriptions are strings ("Email", "inbound").',
    patch: (doc) => {
      asString(doc.components.schemas.SendMessageBodyDto, ['subType']);
      asString(doc.components.schemas.ProcessMessageBodyDto, ['direction']);
    },
  },
  {
    file: 'conversations.json',
    why: 'The search parameter startAfterDate has the schema type "any", which is not a JSON Schema type: it takes a number.',
    patch: (doc) => {
      const param = doc.paths['/conversations/search']?.get?.parameters?.find((p: Doc) => p.name === 'startAfterDate');
      if (param) {
        delete param.anyOf;
        param.schema = { type: 'number' };
      }
    },
  },
);

SPEC_GAPS.push({
  file: 'users.json',
  why: 'Updating and deleting a user use a {userId} path segment that the spec never declares.',
  patch: (doc) => declarePathParam(doc, '/users/{userId}', ['put', 'delete'], 'userId'),
});

SPEC_GAPS.push({
  file: 'conversations.json',
  why: 'Reading a message and an email use an {id} path segment that the spec never declares.',
  patch: (doc) => {
    declarePathParam(doc, '/conversations/messages/{id}', ['get'], 'id');
    declarePathParam(doc, '/conversations/messages/email/{id}', ['get'], 'id');
  },
});

SPEC_GAPS.push({
  file: 'conversations.json',
  why: "A call's transcription is answered as the list of its sentences; the spec's 200 names one sentence.",
  patch: (doc) => {
    const ok = okContent(doc, '/conversations/locations/{locationId}/messages/{messageId}/transcription');
    if (ok && !ok.schema.items) ok.schema = { type: 'array', items: ok.schema };
  },
});

SPEC_GAPS.push({
  file: 'blogs.json',
  why: 'Updating a blog post uses a {postId} path segment that the spec never declares.',
  patch: (doc) => declarePathParam(doc, '/blogs/posts/{postId}', ['put'], 'postId'),
});

SPEC_GAPS.push({
  file: 'associations.json',
  why: 'Association labels and object keys are declared as objects, yet every example (and GHL) uses text such as "student" and "contact".',
  patch: (doc) => {
    for (const name of ['createAssociationReqDto', 'UpdateAssociationReqDto', 'GetPostSuccessfulResponseDto']) {
      const properties = doc.components.schemas[name]?.properties ?? {};
      for (const key of [
        'firstObjectLabel',
        'firstObjectKey',
        'secondObjectLabel',
        'secondObjectKey',
        'associationType',
      ]) {
        if (properties[key]?.type === 'object') properties[key].type = 'string';
      }
    }
  },
});

SPEC_GAPS.push({
  file: 'associations.json',
  why:
    "Finding associations (by location or object key) and a record's relations take paging, yet declare one association as the answer: " +
    'GHL answers the page as a list under `associations` or `relations`.',
  patch: (doc) => {
    const relation = {
      type: 'object',
      required: ['id', 'associationId', 'firstRecordId', 'secondRecordId'],
      properties: Object.fromEntries(
        ['id', 'associationId', 'firstRecordId', 'secondRecordId', 'locationId'].map((k) => [k, { type: 'string' }]),
      ),
    };
    const association = doc.components.schemas.GetPostSuccessfulResponseDto;
    const lists: Array<[string, string, Doc]> = [
      ['/associations', 'associations', association],
      ['/associations/objectKey/{objectKey}', 'associations', association],
      ['/associations/relations/{recordId}', 'relations', relation],
    ];
    for (const [path, key, item] of lists) {
      const ok = okContent(doc, path);
      if (ok)
        ok.schema = {
          type: 'object',
          properties: { [key]: { type: 'array', items: item }, total: { type: 'number' } },
        };
    }
  },
});

SPEC_GAPS.push({
  file: 'blogs.json',
  why: "A blog category's name is its `label` (the only name property declared), yet `name` is listed as required.",
  patch: (doc) => {
    const category = doc.components.schemas.CategoryResponseDTO;
    if (category?.required)
      category.required = category.required.map((key: string) => (key === 'name' ? 'label' : key));
  },
});

SPEC_GAPS.push({
  file: 'conversations.json',
  why: "A conversation's messages come wrapped once more, `{ messages: { lastMessageId, nextPage, messages: [...] } }`, as GHL's current API reference shows.",
  patch: (doc) => {
    const ok = okContent(doc, '/conversations/{conversationId}/messages');
    if (ok && !ok.schema.properties?.messages?.properties)
      ok.schema = { type: 'object', required: ['messages'], properties: { messages: ok.schema } };
  },
});

SPEC_GAPS.push({
  file: 'opportunities.json',
  why: "POST /opportunities/upsert matches on contact + pipeline and needs the contact to create one (GHL's SDK models required contactId until late 2025, and every real caller sends it); the spec's UpsertOpportunityDto omits it.",
  patch: (doc) => {
    const dto = doc.components.schemas.UpsertOpportunityDto;
    if (dto && !dto.properties.contactId)
      dto.properties.contactId = { type: 'string', description: 'Contact ID', example: 'mTkSCb1UBjb5tk4OvB69' };
  },
});

SPEC_GAPS.push({
  file: 'conversations.json',
  why: "GET /conversations/search answers each conversation's lastMessageDate (epoch milliseconds, as live answers show), which ConversationSchema does not declare.",
  patch: (doc) => {
    const schema = doc.components.schemas.ConversationSchema;
    if (schema && !schema.properties.lastMessageDate)
      schema.properties.lastMessageDate = {
        type: 'number',
        description: 'Time of the last message, epoch milliseconds',
        example: 1764576000000,
      };
  },
});

SPEC_GAPS.push({
  file: 'calendars.json',
  why: 'Blocked slots (POST, PUT /calendars/events/block-slots) take a calendar or a team member, not both ("Either calendarId or assignedUserId can be set, not both", GHL docs issue 23); the spec requires calendarId.',
  patch: (doc) => {
    for (const name of ['BlockSlotCreateRequestDTO', 'BlockSlotEditRequestDTO']) {
      const dto = doc.components.schemas[name];
      if (dto?.required) dto.required = dto.required.filter((field: string) => field !== 'calendarId');
    }
  },
});

/**
 * Live answers recorded from GHL (July 2026) differ from the spec in shapes the app depends on.
 * Each patch makes the spec say what GHL sends, so the sandbox answers the live shape and the
 * contract tests hold the app to it.
 */
SPEC_GAPS.push(
  {
    file: 'calendars.json',
    why: 'GET /calendars/events/appointments/{eventId} wraps the appointment as `appointment`, not `event` as the spec says.',
    patch: (doc) => {
      const dto = doc.components.schemas.GetCalendarEventSuccessfulResponseDTO;
      if (dto?.properties?.event) dto.properties = { appointment: dto.properties.event };
    },
  },
  {
    file: 'conversations.json',
    why: 'GET /conversations/messages/{id} wraps the message as `message`; the spec describes it bare.',
    patch: (doc) => {
      const schemas = doc.components.schemas;
      if (schemas.GetMessageResponseDto && !schemas.GetMessageLiveResponseDto) {
        schemas.GetMessageLiveResponseDto = {
          type: 'object',
          properties: { message: { $ref: '#/components/schemas/GetMessageResponseDto' } },
        };
        const ok = okContent(doc, '/conversations/messages/{id}');
        if (ok) ok.schema = { $ref: '#/components/schemas/GetMessageLiveResponseDto' };
      }
    },
  },
);

/** Every JSON answer of GHL's carries a top-level `traceId` (live answers show it on each), which no spec declares. */
for (const file of [
  'associations.json',
  'blogs.json',
  'businesses.json',
  'calendars.json',
  'campaigns.json',
  'companies.json',
  'contacts.json',
  'conversations.json',
  'forms.json',
  'locations.json',
  'oauth.json',
  'objects.json',
  'opportunities.json',
  'snapshots.json',
  'surveys.json',
  'users.json',
  'workflows.json',
]) {
  SPEC_GAPS.push({
    file,
    why: 'Answers carry a top-level traceId that the spec does not declare.',
    patch: (doc) => {
      for (const item of Object.values(doc.paths as Record<string, Doc>)) {
        for (const operation of Object.values(item)) {
          for (const [code, response] of Object.entries((operation?.responses ?? {}) as Record<string, Doc>)) {
            const schema = code.startsWith('2') ? response?.content?.['application/json']?.schema : undefined;
            const target = schema?.$ref ? doc.components.schemas[String(schema.$ref).split('/').pop()!] : schema;
            if (target?.type === 'object' && !target.properties?.traceId)
              target.properties = { ...target.properties, traceId: { type: 'string' } };
          }
        }
      }
    },
  });
}

SPEC_GAPS.push({
  file: 'conversations.json',
  why: 'POST /conversations/messages answers only conversationId and messageId (and traceId), as live answers show; the spec requires more.',
  patch: (doc) => {
    const dto = doc.components.schemas.SendMessageResponseDto;
    if (dto?.required)
      dto.required = dto.required.filter((name: string) => ['conversationId', 'messageId'].includes(name));
  },
});

SPEC_GAPS.push({
  file: 'opportunities.json',
  why: 'DELETE /opportunities/{id} answers `{ success: true }` live; the spec names the flag `succeded`.',
  patch: (doc) => {
    const dto = doc.components.schemas.DeleteUpdateOpportunitySuccessfulResponseDto;
    if (dto?.properties && !dto.properties.success) dto.properties.success = { type: 'boolean', example: true };
  },
});

SPEC_GAPS.push({
  file: 'conversations.json',
  why: 'POST /conversations/messages/upload takes the files themselves under `fileAttachment`, as its own description says; its schema requires `attachmentUrls` and never names `fileAttachment`.',
  patch: (doc) => {
    const dto = doc.components.schemas.UploadFilesDto;
    if (!dto) return;
    dto.required = (dto.required ?? []).filter((name: string) => name !== 'attachmentUrls');
    dto.properties.fileAttachment = { oneOf: [{ type: 'string', format: 'binary' }, { type: 'array' }] };
  },
});

for (const file of ['forms.json', 'surveys.json'])
  SPEC_GAPS.push({
    file,
    why: "A submission's `others` names its answers by placeholders (`__submissions_other_field__`, `__custom_field_id__`): GHL keys each answer by the field's name or custom field ID, so any key is an answer.",
    patch: (doc) => {
      const others = doc.components.schemas.othersSchema;
      if (others) others.additionalProperties = true;
    },
  });

SPEC_GAPS.push({
  file: 'objects.json',
  why: "A record's `properties` are declared as a string; their example, and GHL's answers, are an object of the record's values by field key.",
  patch: (doc) => {
    for (const name of ['IRecordSchema', 'RecordResponseDTO']) {
      const declared = doc.components.schemas[name]?.properties;
      if (declared?.properties) declared.properties = { type: 'object', example: declared.properties.example };
    }
  },
});
