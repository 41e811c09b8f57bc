import { randomBytes } from 'node:crypto';

/** In-memory GHL data for one location. Shapes follow the official specs' schemas. */
export type Json = Record<string, unknown>;

export interface LocationState {
  location: Json;
  contacts: Map<string, Json>;
  tasks: Map<string, Json>;
  notes: Map<string, Json>;
  appointments: Map<string, Json>;
  tags: Map<string, Json>;
  customFields: Json[];
  /** Text the location's templates quote ({{ custom_values.x }}). */
  customValues: Json[];
  users: Json[];
  campaigns: Json[];
  businesses: Json[];
  /** The location's forms and surveys, and what people submitted (FormsSubmissionsSubmissionsSchema). */
  forms: Json[];
  surveys: Json[];
  formSubmissions: Json[];
  surveySubmissions: Json[];
  /** Custom objects (ICustomObjectSchema), each with its `fields` (ICustomField), and their records by ID. */
  objectSchemas: Json[];
  objectRecords: Map<string, Json>;
  /** contactId -> campaign ids */
  campaignMembers: Map<string, Set<string>>;
  calendarGroups: Map<string, Json>;
  calendars: Map<string, Json>;
  /** Blocked time, kept apart from appointments (`appointments`) as GHL lists them apart. */
  blockedSlots: Map<string, Json>;
  appointmentNotes: Map<string, Json>;
  /** Calendar notifications, each with its calendarId. */
  calendarNotifications: Map<string, Json>;
  calendarResources: Map<string, Json>;
  workflows: Json[];
  snapshots: Json[];
  /** contactId -> workflow ids */
  workflowMembers: Map<string, Set<string>>;
  /** contactId -> follower user ids */
  contactFollowers: Map<string, Set<string>>;
  conversations: Map<string, Json>;
  messages: Map<string, Json>;
  opportunities: Map<string, Json>;
  /** opportunityId -> follower user ids */
  opportunityFollowers: Map<string, Set<string>>;
  pipelines: Json[];
  lostReasons: Json[];
  /** The agency the location belongs to, and its sub-accounts (this location first). */
  company: Json;
  agencyLocations: Json[];
  associations: Map<string, Json>;
  relations: Map<string, Json>;
  blogs: Json[];
  blogAuthors: Json[];
  blogCategories: Json[];
  blogPosts: Map<string, Json>;
  /** The location's phone system numbers (DetailedPhoneNumberDto). */
  phoneNumbers: Json[];
  /** Files uploaded for messages: id -> bytes, type and name, served at the URL the upload answers. */
  media: Map<string, { bytes: Buffer; contentType: string; name: string }>;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const newId = (): string => [...randomBytes(20)].map((b) => ALPHABET[b % ALPHABET.length]).join('');

/** The named fields of a record or request body that are set: how the sandbox stores and shapes answers. */
export const pickFields = (record: Json, keys: string[]): Json =>
  Object.fromEntries(Object.entries(record).filter(([k, v]) => keys.includes(k) && v !== undefined));

export const nowIso = (clock: () => number): string => new Date(clock()).toISOString();

export const emptyLocation = (id: string, name: string, companyId: string): LocationState => {
  const location = { id, companyId, name, timezone: 'Africa/Johannesburg', country: 'ZA', email: 'hello@example.com' };
  return {
    location,
    contacts: new Map(),
    tasks: new Map(),
    notes: new Map(),
    appointments: new Map(),
    tags: new Map(),
    customFields: [],
    customValues: [],
    users: [],
    campaigns: [],
    businesses: [],
    forms: [],
    surveys: [],
    formSubmissions: [],
    surveySubmissions: [],
    objectSchemas: [],
    objectRecords: new Map(),
    campaignMembers: new Map(),
    calendarGroups: new Map(),
    calendars: new Map(),
    blockedSlots: new Map(),
    appointmentNotes: new Map(),
    calendarNotifications: new Map(),
    calendarResources: new Map(),
    workflows: [],
    snapshots: [],
    workflowMembers: new Map(),
    contactFollowers: new Map(),
    conversations: new Map(),
    messages: new Map(),
    opportunities: new Map(),
    opportunityFollowers: new Map(),
    pipelines: [],
    lostReasons: [],
    company: {
      id: companyId,
      name: `${name} Group`,
      email: 'admin@example.com',
      timezone: 'Africa/Johannesburg',
      country: 'ZA',
      status: 'active',
      locationCount: 1,
    },
    agencyLocations: [location],
    associations: new Map(),
    relations: new Map(),
    blogs: [],
    blogAuthors: [],
    blogCategories: [],
    blogPosts: new Map(),
    phoneNumbers: [],
    media: new Map(),
  };
};

const phoneNumber = (phone: string, friendlyName: string, isDefaultNumber: boolean, mms: boolean): Json => ({
  phoneNumber: phone,
  friendlyName,
  sid: `PN${newId().toLowerCase()}`,
  countryCode: 'ZA',
  capabilities: { voice: true, sms: true, mms, fax: false },
  type: 'local',
  isDefaultNumber,
  linkedRingAllUsers: [],
  isGroupConversationEnabled: false,
});

const objectField = (
  objectKey: string,
  locationId: string,
  key: string,
  name: string,
  dataType: string,
  options?: string[],
) => ({
  id: `fld${key.replace(/_/g, '')}`.padEnd(20, '0').slice(0, 20),
  name,
  fieldKey: `${objectKey}.${key}`,
  objectKey,
  parentId: 'fldTreatmentPlans001',
  dataType,
  locationId,
  showInForms: true,
  dateAdded: '2026-11-02T08:00:00.000Z',
  dateUpdated: '2026-11-02T08:00:00.000Z',
  ...(options ? { options: options.map((o) => ({ key: o.toLowerCase(), label: o })) } : {}),
});

/** A custom object of the dental practice: its patients' treatment plans. */
const treatmentPlans = (locationId: string): Json => {
  const key = 'custom_objects.treatment_plans';
  return {
    id: '661c06b4ffde146bdb469442',
    standard: false,
    key,
    labels: { singular: 'Treatment Plan', plural: 'Treatment Plans' },
    description: "A patient's planned treatment",
    locationId,
    primaryDisplayProperty: `${key}.plan_name`,
    dateAdded: '2026-11-02T08:00:00.000Z',
    dateUpdated: '2026-11-02T08:00:00.000Z',
    fields: [
      objectField(key, locationId, 'plan_name', 'Plan Name', 'TEXT'),
      objectField(key, locationId, 'treatment', 'Treatment', 'SINGLE_OPTIONS', ['Whitening', 'Braces', 'Implants']),
      objectField(key, locationId, 'sessions', 'Sessions', 'NUMERICAL'),
      objectField(key, locationId, 'fee', 'Fee', 'MONETORY'),
      objectField(key, locationId, 'start_date', 'Start Date', 'DATE'),
    ],
  };
};

/** Demo data: a dental practice with a user, tags, a custom field, a campaign and a business. */
export const seedLocation = (state: LocationState): LocationState => {
  const locationId = String(state.location.id);
  state.phoneNumbers.push(
    phoneNumber('+27215550100', 'Front Desk', true, true),
    phoneNumber('+27215550177', 'Whitening Promo', false, false),
  );
  state.users.push({
    id: 'usrSipho000000000001',
    name: 'Sipho Dlamini',
    firstName: 'Sipho',
    lastName: 'Dlamini',
    email: 'sipho@example.com',
  });
  for (const name of ['sms-lead', 'winter-promo', 'vip']) {
    const id = newId();
    state.tags.set(id, { id, name, locationId });
  }
  state.customFields.push({
    id: 'cfBranch000000000001',
    name: 'Preferred Branch',
    fieldKey: 'contact.preferred_branch',
    dataType: 'SINGLE_OPTIONS',
    picklistOptions: ['Cape Town', 'Durban'],
    locationId,
    model: 'contact',
  });
  state.customFields.push(
    {
      id: 'cfLeadSource00000001',
      name: 'Lead Source',
      fieldKey: 'contact.lead_source',
      dataType: 'TEXT',
      locationId,
      model: 'contact',
    },
    {
      id: 'cfVisits000000000001',
      name: 'Visits',
      fieldKey: 'contact.visits',
      dataType: 'NUMERICAL',
      locationId,
      model: 'contact',
    },
    {
      id: 'cfDealSize0000000001',
      name: 'Deal Size',
      fieldKey: 'opportunity.deal_size',
      dataType: 'MONETORY',
      locationId,
      model: 'opportunity',
    },
  );
  state.customValues.push({
    id: 'cvPromo000000000001',
    name: 'Current Promo',
    fieldKey: '{{ custom_values.current_promo }}',
    value: 'Whitening at R1,499 until Friday',
    locationId,
  });
  state.forms.push({ id: 'frmWhitening00000001', name: 'Whitening Enquiry', locationId });
  state.surveys.push({ id: 'srvFeedback000000001', name: 'Patient Feedback', locationId });
  state.objectSchemas.push(treatmentPlans(locationId));
  state.objectRecords.set('6751a0c2e4b0a1f3c9d8e7f6', {
    id: '6751a0c2e4b0a1f3c9d8e7f6',
    owner: ['usrSipho000000000001'],
    followers: [],
    properties: { plan_name: 'Whitening in three sessions', treatment: 'whitening', sessions: 3 },
    dateAdded: '2026-11-20T09:00:00.000Z',
    dateUpdated: '2026-11-20T09:00:00.000Z',
    locationId,
    objectId: '661c06b4ffde146bdb469442',
    objectKey: 'custom_objects.treatment_plans',
  });
  state.campaigns.push({ id: 'cmpWinter00000000001', name: 'Winter Whitening Promo', status: 'published', locationId });
  state.businesses.push({
    id: 'bizMokoena0000000001',
    name: 'Mokoena Dental',
    locationId,
    createdAt: '2026-10-01T09:00:00.000Z',
  });
  state.users.push({
    id: 'usrNaledi00000000002',
    name: 'Naledi Zulu',
    firstName: 'Naledi',
    lastName: 'Zulu',
    email: 'naledi@example.com',
  });
  state.pipelines.push({
    id: 'pipDental0000000001',
    name: 'Dental Leads',
    locationId,
    showInFunnel: true,
    stages: [
      { id: 'stgNewLead000000001', name: 'New Lead', position: 0 },
      { id: 'stgBooked0000000002', name: 'Consultation Booked', position: 1 },
      { id: 'stgTreated000000003', name: 'Treated', position: 2 },
    ],
  });
  state.pipelines.push({
    id: 'pipOrtho00000000002',
    name: 'Orthodontics',
    locationId,
    showInFunnel: true,
    stages: [{ id: 'stgOrthoLead0000004', name: 'Enquiry', position: 0 }],
  });
  state.calendarGroups.set('grpCheckups00000001', {
    id: 'grpCheckups00000001',
    locationId,
    name: 'Check-ups',
    description: 'Routine dental check-ups',
    slug: 'check-ups',
    isActive: true,
  });
  state.calendarGroups.set('grpOrtho00000000002', {
    id: 'grpOrtho00000000002',
    locationId,
    name: 'Orthodontics',
    description: 'Braces and aligners',
    slug: 'ortho',
    isActive: true,
  });
  state.calendars.set('calOrtho00000000002', {
    id: 'calOrtho00000000002',
    locationId,
    groupId: 'grpOrtho00000000002',
    name: 'Braces Fittings',
    description: '60-minute fitting',
    calendarType: 'event',
    slug: 'braces',
    slotDuration: 60,
    slotDurationUnit: 'mins',
    isActive: true,
  });
  // Bookable Monday to Friday, 08:00 to 17:00 in the location's time zone, in 30-minute slots.
  state.calendars.set('calDental0000000001', {
    id: 'calDental0000000001',
    locationId,
    groupId: 'grpCheckups00000001',
    name: 'Whitening Consultations',
    description: '30-minute consultation',
    calendarType: 'event',
    slug: 'whitening',
    slotDuration: 30,
    slotDurationUnit: 'mins',
    isActive: true,
  });
  state.workflows.push({
    id: 'wfNewLead0000000001',
    name: 'New SMS Lead Nurture',
    status: 'published',
    version: 3,
    locationId,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-02T12:30:00.000Z',
  });
  state.snapshots.push({ id: 'snpDental0000000001', name: 'Dental Practice Starter', type: 'own' });
  state.lostReasons.push({ id: 'lrPrice000000000001', name: 'Price too high', locationId });
  state.associations.set('asoReferral00000001', {
    id: 'asoReferral00000001',
    locationId,
    key: 'patient_referrer',
    firstObjectKey: 'contact',
    firstObjectLabel: 'Patient',
    secondObjectKey: 'contact',
    secondObjectLabel: 'Referred By',
    associationType: 'USER_DEFINED',
  });
  state.blogs.push({ _id: 'blgSmileTips0000001', name: 'Smile Tips' });
  state.blogAuthors.push({
    _id: 'autNaledi0000000001',
    name: 'Dr Naledi Zulu',
    locationId,
    updatedAt: '2026-10-01T09:00:00.000Z',
    canonicalLink: 'https://blog.example.com/author/naledi',
  });
  state.blogCategories.push({
    _id: 'catWhitening0000001',
    label: 'Whitening',
    urlSlug: 'whitening',
    locationId,
    updatedAt: '2026-10-01T09:00:00.000Z',
    canonicalLink: 'https://blog.example.com/category/whitening',
  });
  return state;
};
