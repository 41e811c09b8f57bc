import { outputField } from '../../operations/outputFields';

const LOCATION_ID = 've9EPM428h8vShlRW1KT';

/** One of the location's objects (ICustomObjectSchema). */
export const objectSample = {
  id: '661c06b4ffde146bdb469442',
  standard: false,
  key: 'custom_objects.treatment_plans',
  labels: { singular: 'Treatment Plan', plural: 'Treatment Plans' },
  description: "A patient's planned treatment",
  locationId: LOCATION_ID,
  primaryDisplayProperty: 'custom_objects.treatment_plans.plan_name',
  dateAdded: '2026-11-02T08:00:00.000Z',
  dateUpdated: '2026-11-02T08:00:00.000Z',
};

export const objectOutputFields = [
  outputField('id', 'Object ID'),
  outputField('key', 'Object Key'),
  outputField('labels__singular', 'Name'),
  outputField('labels__plural', 'Plural Name'),
  outputField('description', 'Description'),
];

const properties = { plan_name: 'Whitening in three sessions', treatment: 'whitening', sessions: 3 };

/** A record as create, update and read answer it (IRecordSchema). */
export const recordSample = {
  id: '6751a0c2e4b0a1f3c9d8e7f6',
  owner: ['usrSipho000000000001'],
  followers: [],
  properties,
  dateAdded: '2026-12-01T08:20:00.000Z',
  dateUpdated: '2026-12-01T08:20:00.000Z',
};

export const recordOutputFields = [
  outputField('id', 'Record ID'),
  outputField('owner[]', 'Owner User IDs'),
  outputField('followers[]', 'Follower User IDs'),
  outputField('dateAdded', 'Date Added', 'datetime'),
  outputField('dateUpdated', 'Date Updated', 'datetime'),
];

/** A record as the search answers it (RecordResponseDTO): its object and dates under other names. */
export const foundRecordSample = {
  id: recordSample.id,
  owner: recordSample.owner,
  followers: [],
  properties,
  createdAt: recordSample.dateAdded,
  updatedAt: recordSample.dateUpdated,
  locationId: LOCATION_ID,
  objectId: objectSample.id,
  objectKey: objectSample.key,
};

export const foundRecordOutputFields = [
  outputField('id', 'Record ID'),
  outputField('objectKey', 'Object Key'),
  outputField('owner[]', 'Owner User IDs'),
  outputField('followers[]', 'Follower User IDs'),
  outputField('createdAt', 'Date Added', 'datetime'),
  outputField('updatedAt', 'Date Updated', 'datetime'),
];
