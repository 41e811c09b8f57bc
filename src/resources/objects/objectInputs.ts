import { pathKey, recordId, stringList } from '../../operations/inputs';

/** Which custom object the step works on; its fields follow as inputs. */
export const objectPicker = pathKey('schemaKey', {
  label: 'Custom Object',
  helpText: 'The custom object whose record this is, such as Treatment Plans. Its fields then appear below.',
  required: true,
  extra: { dynamic: 'list_custom_objects.key.label', altersDynamicFields: true },
  example: 'custom_objects.treatment_plans',
});

export const recordIdInput = (helpText: string) =>
  recordId('id', {
    label: 'Record',
    helpText,
    required: true,
    extra: { dynamic: 'list_custom_object_records.id.label' },
    example: '6751a0c2e4b0a1f3c9d8e7f6',
  });

export const ownerInput = stringList('owner', {
  label: 'Owners',
  helpText: 'The users who own the record.',
  extra: { dynamic: 'search_users.id.name' },
  example: 'usrSipho000000000001',
});

export const followersInput = stringList('followers', {
  label: 'Followers',
  helpText: 'Users who follow the record and hear of its changes.',
  extra: { dynamic: 'search_users.id.name' },
  example: 'usrNaledi00000000002',
});
