import { LOCATION_ID, expectCall, run } from '../helpers';

/** Form and survey submissions: the newest, each answer by its field's name, the contact's ID for the next step. */
const LEAD_SOURCE = 'cfLeadSource00000001';
const VISITS = 'cfVisits000000000001';
const fields = [
  { id: LEAD_SOURCE, name: 'Lead Source', fieldKey: 'contact.lead_source', dataType: 'TEXT' },
  { id: VISITS, name: 'Visits', fieldKey: 'contact.visits', dataType: 'NUMERICAL' },
];
const submission = (id: string, createdAt: string, others: Record<string, unknown> = {}) => ({
  id,
  contactId: 'DWQ45t2IPVxi9LDu1wBl',
  createdAt,
  formId: 'frmWhitening00000001',
  name: 'Thandi Mokoena',
  email: 'thandi@example.com',
  others: {
    full_name: 'Thandi Mokoena',
    phone: '+27821234567',
    eventData: { source: 'Instagram', page: { url: 'https://smile.example.com/whitening', title: 'Whitening' } },
    fieldsOriSequance: ['full_name', 'phone'],
    ...others,
  },
});

describe('form and survey submissions', () => {
  it('polls the newest submissions of the chosen form, answers moved up and custom fields by name', async () => {
    const list = expectCall('GET', '/forms/submissions', 200, {
      submissions: [
        submission('s-old', '2026-12-01T08:00:00.000Z'),
        submission('s-new', '2026-12-02T09:30:00.000Z', { [LEAD_SOURCE]: 'Instagram ad', [VISITS]: '2' }),
      ],
      meta: { total: 2, currentPage: 1, nextPage: null, prevPage: null },
    });
    const read = expectCall('GET', `/locations/${LOCATION_ID}/customFields`, 200, { customFields: fields });
    const rows = (await run('triggers', 'new_form_submission', { formId: 'frmWhitening00000001' })) as Array<
      Record<string, unknown>
    >;
    expect(list.sent[0]!.query).toEqual({ locationId: LOCATION_ID, formId: 'frmWhitening00000001', limit: '100' });
    expect(read.sent[0]!.query).toEqual({ model: 'contact' });
    expect(rows.map((r) => r.id)).toEqual(['s-new', 's-old']);
    expect(rows[0]).toMatchObject({
      contactId: 'DWQ45t2IPVxi9LDu1wBl',
      phone: '+27821234567',
      pageUrl: 'https://smile.example.com/whitening',
      source: 'Instagram',
      customFields: [
        { id: LEAD_SOURCE, value: 'Instagram ad' },
        { id: VISITS, value: '2' },
      ],
      custom__lead_source: 'Instagram ad',
      custom__visits: 2,
    });
  });

  it('reads no custom fields for a form that has none, and standard answers never cause a read', async () => {
    expectCall('GET', '/surveys/submissions', 200, {
      submissions: [{ ...submission('s-1', '2026-12-02T09:30:00.000Z'), formId: undefined, surveyId: 'srv1' }],
    });
    const [row] = (await run('triggers', 'new_survey_submission', {})) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({ id: 's-1', surveyId: 'srv1', phone: '+27821234567', customFields: [] });
    expect(Object.keys(row!).filter((k) => k.startsWith('custom__'))).toEqual([]);
  });

  it('leaves out an answer to a field deleted since, after one fresh read', async () => {
    expectCall('GET', `/locations/${LOCATION_ID}/customFields`, 200, { customFields: fields });
    expectCall('GET', `/locations/${LOCATION_ID}/customFields`, 200, { customFields: fields });
    expectCall('GET', '/forms/submissions', 200, {
      submissions: [submission('s-1', '2026-12-02T09:30:00.000Z', { cfDeletedField000001: 'gone' })],
    });
    const [row] = (await run('triggers', 'new_form_submission', {})) as Array<Record<string, unknown>>;
    expect(row).toMatchObject({ customFields: [{ id: 'cfDeletedField000001', value: 'gone' }] });
    expect(Object.keys(row!).filter((k) => k.startsWith('custom__'))).toEqual([]);
  });

  it("finds the newest submission by email through GHL's q filter, with every match", async () => {
    const list = expectCall('GET', '/forms/submissions', 200, {
      submissions: [submission('s-old', '2026-11-20T08:00:00.000Z'), submission('s-new', '2026-12-02T09:30:00.000Z')],
    });
    const [found] = (await run('searches', 'find_form_submission', { q: 'thandi@example.com' })) as Array<
      Record<string, unknown>
    >;
    expect(list.sent[0]!.query).toEqual({ locationId: LOCATION_ID, q: 'thandi@example.com', limit: '100' });
    expect(found).toMatchObject({ id: 's-new', matches: [{ id: 's-new' }, { id: 's-old' }] });
  });

  it('lists the forms for the picker, labelled by name, 50 a page', async () => {
    const list = expectCall('GET', '/forms/', 200, {
      forms: [{ id: 'frm1', name: 'Whitening Enquiry', locationId: LOCATION_ID }],
      total: 1,
    });
    await expect(run('triggers', 'list_forms', {}, { isFillingDynamicDropdown: true, page: 1 })).resolves.toEqual([
      { id: 'frm1', name: 'Whitening Enquiry', locationId: LOCATION_ID, label: 'Whitening Enquiry' },
    ]);
    expect(list.sent[0]!.query).toEqual({ locationId: LOCATION_ID, limit: '50', skip: '50' });
  });
});
