import type { Bundle, PlainInputField } from 'zapier-platform-core';
import App from '../../index';
import { LOCATION_ID, appTester, authData, expectCall, run } from '../helpers';

const C = 'seD4PfOuKoVMLkEZqohJ';
type FieldFn = (z: unknown, bundle: Bundle) => Promise<PlainInputField[]>;
/** The custom fields come last, after the agency's Sub-account picker and the static inputs. */
const customFieldsOf = (key: string) =>
  (App.creates![key]!.operation.inputFields as unknown[]).filter((f) => typeof f === 'function').at(-1) as FieldFn;

describe('contact custom fields', () => {
  it('are offered as inputs with their real names, types and choices', async () => {
    const call = expectCall('GET', `/locations/${LOCATION_ID}/customFields`, 200, {
      customFields: [
        {
          id: 'cfBranch',
          name: 'Preferred Branch',
          dataType: 'SINGLE_OPTIONS',
          picklistOptions: ['Cape Town', 'Durban'],
        },
        { id: 'cfVisits', name: 'Visits', dataType: 'NUMERICAL' },
        {
          id: 'cfServices',
          name: 'Services',
          dataType: 'MULTIPLE_OPTIONS',
          picklistOptions: ['Cleaning', 'Whitening'],
        },
        { id: 'cfScan', name: 'X-Ray Upload', dataType: 'FILE_UPLOAD' },
      ],
    });
    const dynamic = customFieldsOf('update_contact');
    const fields = await appTester(dynamic as never, { authData: authData(), inputData: {} } as unknown as Bundle);
    expect(call.sent[0]!.query).toEqual({ model: 'contact' });
    expect(fields).toEqual([
      expect.objectContaining({
        key: 'customField__cfBranch',
        label: 'Preferred Branch',
        type: 'string',
        choices: ['Cape Town', 'Durban'],
      }),
      expect.objectContaining({ key: 'customField__cfVisits', label: 'Visits', type: 'number' }),
      expect.objectContaining({
        key: 'customField__cfServices',
        label: 'Services',
        list: true,
        choices: ['Cleaning', 'Whitening'],
      }),
    ]);
  });

  it('say "leave empty to keep" only where there is a value to keep', async () => {
    const reply = { customFields: [{ id: 'cfBranch', name: 'Preferred Branch', dataType: 'TEXT' }] };
    expectCall('GET', `/locations/${LOCATION_ID}/customFields`, 200, reply);
    const [created] = (await appTester(
      customFieldsOf('create_contact') as never,
      { authData: authData(), inputData: {} } as unknown as Bundle,
    )) as PlainInputField[];
    expectCall('GET', `/locations/${LOCATION_ID}/customFields`, 200, reply);
    const [updated] = (await appTester(
      customFieldsOf('update_contact') as never,
      { authData: authData(), inputData: {} } as unknown as Bundle,
    )) as PlainInputField[];
    expect(created!.helpText).toBe('Custom field "Preferred Branch".');
    expect(updated!.helpText).toBe('Custom field "Preferred Branch". Leave empty to keep its current value.');
  });

  it('send only the filled ones, as GHL custom field values', async () => {
    const call = expectCall('PUT', `/contacts/${C}`, 200, { contact: { id: C } });
    await run('creates', 'update_contact', {
      contactId: C,
      customField__cfBranch: 'Durban',
      customField__cfVisits: 3,
      customField__cfServices: ['Cleaning', ''],
      customField__cfEmpty: ' ',
    });
    expect(call.sent[0]!.body).toEqual({
      customFields: [
        { id: 'cfBranch', fieldValue: 'Durban' },
        { id: 'cfVisits', fieldValue: '3' },
        { id: 'cfServices', fieldValue: ['Cleaning'] },
      ],
    });
  });
});
