import App from '../../index';
import { LOCATION_ID, appTester, bundleWith, expectCall, run } from './../helpers';

/** A contact's custom fields by name on its rows, from the location's fields read at most once a day. */
const C = 'seD4PfOuKoVMLkEZqohJ';
const FIELDS = [
  { id: 'cfLead', name: 'Lead Source', fieldKey: 'contact.lead_source', dataType: 'TEXT' },
  { id: 'cfVisits', name: 'Visits', fieldKey: 'contact.visits', dataType: 'NUMERICAL' },
  { id: 'cfBirthday', name: 'First Visit', fieldKey: 'contact.first_visit', dataType: 'DATE' },
  { id: 'cfTopics', name: 'Interests', fieldKey: 'contact.interests', dataType: 'MULTIPLE_OPTIONS' },
  { id: 'cfXray', name: 'X-ray', fieldKey: 'contact.x_ray', dataType: 'FILE_UPLOAD' },
];
const contact = (customFields: unknown[]) => ({ contact: { id: C, firstName: 'Thandi', customFields } });
const fieldsCall = (customFields = FIELDS) =>
  expectCall('GET', `/locations/${LOCATION_ID}/customFields`, 200, { customFields });

describe('custom fields by name on contact rows', () => {
  it('adds each field under its fieldKey, its value typed, beside the raw list; one read for two runs', async () => {
    const read = fieldsCall();
    const raw = [
      { id: 'cfLead', value: 'WinSMS' },
      { id: 'cfVisits', value: '3' },
      { id: 'cfBirthday', value: 1764547200000 },
      { id: 'cfTopics', value: ['Whitening', 'Braces'] },
      { id: 'cfXray', value: { f1: { url: 'https://storage.googleapis.com/msgsndr/x/xray.png', meta: {} } } },
    ];
    expectCall('GET', `/contacts/${C}`, 200, contact(raw));
    expectCall('GET', `/contacts/${C}`, 200, contact(raw));
    const [row] = (await run('searches', 'find_contact', { contactId: C })) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({
      customFields: raw,
      custom__lead_source: 'WinSMS',
      custom__visits: 3,
      custom__first_visit: '2025-12-01',
      custom__interests: ['Whitening', 'Braces'],
      custom__x_ray: [expect.stringMatching(/^hydrate\|\|\|.*downloadMedia.*xray\.png/)],
    });
    await run('searches', 'find_contact', { contactId: C });
    expect(read.sent).toHaveLength(1);
    expect(read.sent[0]!.query).toEqual({ model: 'contact' });
  });

  it('reads nothing more for a contact with no custom fields', async () => {
    expectCall('GET', `/contacts/${C}`, 200, contact([]));
    const [row] = (await run('searches', 'find_contact', { contactId: C })) as Array<Record<string, unknown>>;
    expect(Object.keys(row!).filter((k) => k.startsWith('custom__'))).toEqual([]);
  });

  it('leaves out a field deleted since the cached read, and reads again for one added since', async () => {
    fieldsCall(FIELDS.slice(0, 2));
    expectCall('GET', `/contacts/${C}`, 200, contact([{ id: 'cfLead', value: 'Walk-in' }]));
    await run('searches', 'find_contact', { contactId: C });
    // Visits was deleted in HighLevel: the row has none. A new field appears on the next contact.
    const again = fieldsCall([
      FIELDS[0]!,
      { id: 'cfNew', name: 'Referrer', fieldKey: 'contact.referrer', dataType: 'TEXT' },
    ]);
    expectCall(
      'GET',
      `/contacts/${C}`,
      200,
      contact([
        { id: 'cfLead', value: 'Walk-in' },
        { id: 'cfNew', value: 'Sipho' },
      ]),
    );
    const [row] = (await run('searches', 'find_contact', { contactId: C })) as Array<Record<string, unknown>>;
    expect(again.sent).toHaveLength(1);
    expect(row).toMatchObject({ custom__lead_source: 'Walk-in', custom__referrer: 'Sipho' });
    expect(row).not.toHaveProperty('custom__visits');
  });

  it("offers the location's fields by name in the Zap editor, typed", async () => {
    fieldsCall();
    const fields = (App.triggers!.new_contact!.operation.outputFields as unknown[]).find(
      (f) => typeof f === 'function',
    );
    await expect(appTester(fields as never, bundleWith({}))).resolves.toEqual([
      { key: 'custom__lead_source', label: 'Lead Source', type: 'string' },
      { key: 'custom__visits', label: 'Visits', type: 'number' },
      { key: 'custom__first_visit', label: 'First Visit', type: 'datetime' },
      { key: 'custom__interests[]', label: 'Interests', type: 'string' },
      { key: 'custom__x_ray[]', label: 'X-ray', type: 'file' },
    ]);
  });

  it('a location with no custom fields offers none', async () => {
    fieldsCall([]);
    const fields = (App.searches!.find_contact!.operation.outputFields as unknown[]).find(
      (f) => typeof f === 'function',
    );
    await expect(appTester(fields as never, bundleWith({}))).resolves.toEqual([]);
  });
});
