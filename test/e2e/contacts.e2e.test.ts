import { eachTestConnected } from './sandboxApp';

/** The Contacts rows over real loopback HTTP against the sandbox: no nock. */
describe('Contacts against the sandbox', () => {
  const app = eachTestConnected();

  it('creates, reads back, updates without erasing, polls with dedupe and deletes a contact', async () => {
    const { run, sandbox } = app();
    const created = await run('creates', 'create_contact', {
      firstName: 'Thandi',
      lastName: 'Mokoena',
      email: 'thandi@example.com',
      phone: '+27 82 555 0143',
      city: 'Cape Town',
      tags: ['sms-lead'],
      customField__cfBranch000000000001: 'Durban',
    });
    expect(created).toMatchObject({
      firstName: 'Thandi',
      email: 'thandi@example.com',
      phone: '+27825550143',
      tags: ['sms-lead'],
    });

    const [readBack] = await run('triggers', 'get_contact', { contactId: created.id });
    expect(readBack).toMatchObject({
      id: created.id,
      city: 'Cape Town',
      customFields: [{ id: 'cfBranch000000000001', value: 'Durban' }],
    });

    await run('creates', 'update_contact', {
      contactId: created.id,
      lastName: 'Mokoena-Dlamini',
      email: '',
      city: '  ',
      companyName: '',
    });
    const [afterUpdate] = await run('triggers', 'get_contact', { contactId: created.id });
    const { lastName, dateUpdated, name, ...untouched } = afterUpdate;
    const { lastName: _l, dateUpdated: _d, name: _n, ...before } = readBack;
    expect(lastName).toBe('Mokoena-Dlamini');
    expect(untouched).toEqual(before);

    const firstPoll = await run('triggers', 'new_contact', {});
    expect(firstPoll.map((c: { id: string }) => c.id)).toEqual([created.id]);
    const second = await run('creates', 'create_contact', { firstName: 'Sam', email: 'sam@example.com' });
    const secondPoll = await run('triggers', 'new_contact', {});
    expect(secondPoll.map((c: { id: string }) => c.id)).toEqual([second.id, created.id]);
    expect(sandbox.counts.get('POST /contacts/search')).toBe(2);

    await expect(run('creates', 'create_contact', { email: 'THANDI@example.com' })).rejects.toThrow(
      /already exists.*Upsert Contact or Find or Create Contact/,
    );
    const upserted = await run('creates', 'upsert_contact', { email: 'thandi@example.com', postalCode: '8001' });
    expect(upserted).toMatchObject({ id: created.id, postalCode: '8001', city: 'Cape Town' });

    await run('creates', 'delete_contact', { contactId: created.id });
    await expect(run('searches', 'find_contact', { contactId: created.id })).resolves.toEqual([]);
  });

  it('runs the SMS lead flow: find or create, tag, task, note, and the triggers see them', async () => {
    const { run } = app();
    expect(await run('searches', 'find_contact', { phone: '+27825550143' })).toEqual([]);
    const contact = await run('creates', 'create_contact', { phone: '+27825550143', firstName: 'Thandi' });
    expect(await run('searches', 'find_contact', { phone: '+27 82 555 0143' })).toEqual([
      expect.objectContaining({ id: contact.id }),
    ]);

    expect(await run('creates', 'add_contact_tags', { contactId: contact.id, tags: 'sms-lead, vip' })).toEqual({
      id: contact.id,
      contactId: contact.id,
      tags: ['sms-lead', 'vip'],
    });
    expect(await run('creates', 'remove_contact_tags', { contactId: contact.id, tags: 'vip' })).toEqual({
      id: contact.id,
      contactId: contact.id,
      tags: ['sms-lead'],
    });

    const task = await run('creates', 'create_contact_task', {
      contactId: contact.id,
      title: 'Reply to SMS',
      dueDate: '11/23/2026 3pm',
    });
    expect(task).toMatchObject({ title: 'Reply to SMS', dueDate: '2026-11-23T15:00:00.000Z', completed: false });
    const [polledTask] = await run('triggers', 'get_contact_task', { contactId: contact.id, taskId: task.id });
    await run('creates', 'complete_contact_task', { contactId: contact.id, taskId: task.id });
    const [completedTask] = await run('triggers', 'get_contact_task', { contactId: contact.id, taskId: task.id });
    expect([polledTask.completed, completedTask.completed]).toEqual([false, true]);
    await run('creates', 'update_contact_task', { contactId: contact.id, taskId: task.id, body: 'Quote R2500' });
    expect((await run('triggers', 'get_contact_tasks', { contactId: contact.id }))[0]).toMatchObject({
      title: 'Reply to SMS',
      body: 'Quote R2500',
      completed: true,
    });

    const note = await run('creates', 'create_contact_note', { contactId: contact.id, body: 'How much is whitening?' });
    await run('creates', 'update_contact_note', { contactId: contact.id, id: note.id, pinned: 'yes' });
    expect(await run('triggers', 'get_contact_note', { contactId: contact.id, id: note.id })).toEqual([
      expect.objectContaining({ body: 'How much is whitening?', pinned: true }),
    ]);
    await run('creates', 'delete_contact_note', { contactId: contact.id, id: note.id });
    expect(await run('triggers', 'get_contact_notes', { contactId: contact.id })).toEqual([]);
    await run('creates', 'delete_contact_task', { contactId: contact.id, taskId: task.id });

    await run('creates', 'add_contact_to_campaign', { contactId: contact.id, campaignId: 'cmpWinter00000000001' });
    await run('creates', 'remove_contact_from_campaign', { contactId: contact.id, campaignId: 'cmpWinter00000000001' });
    await expect(run('creates', 'remove_contact_from_all_campaigns', { contactId: contact.id })).resolves.toEqual({
      id: contact.id,
      contactId: contact.id,
      succeded: true,
      success: true,
    });
    await expect(
      run('creates', 'bulk_update_contact_tags', { type: 'add', contacts: contact.id, tags: 'promo' }),
    ).resolves.toMatchObject({ succeded: true, errorCount: 0 });
  });
});
