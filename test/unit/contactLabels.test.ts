import { expectCall, run } from '../helpers';

/** The contact dropdown (New Contact's rows) reads well: never empty, and two people of one name told apart. */
it('labels each contact by name, then phone, then email', async () => {
  expectCall('POST', '/contacts/search', 200, {
    contacts: [
      { id: 'c1', name: 'Thandi Mokoena', phone: '+27825550143', dateAdded: '2026-11-05T00:00:00Z' },
      { id: 'c2', firstName: 'Thandi', lastName: 'Mokoena', phone: '+27825550999', dateAdded: '2026-11-04T00:00:00Z' },
      { id: 'c3', phone: '+27825550144', dateAdded: '2026-11-03T00:00:00Z' },
      { id: 'c4', email: 'sam@example.com', dateAdded: '2026-11-02T00:00:00Z' },
      { id: 'c5', name: 'Naledi Zulu', dateAdded: '2026-11-01T00:00:00Z' },
      { id: 'c6', name: ' ', dateAdded: '2026-10-31T00:00:00Z' },
    ],
  });
  const rows = (await run('triggers', 'new_contact', {}, { isFillingDynamicDropdown: true })) as Array<{
    id: string;
    label: string;
  }>;
  expect(rows.map((r) => r.label)).toEqual([
    'Thandi Mokoena (+27825550143)',
    'Thandi Mokoena (+27825550999)',
    '+27825550144',
    'sam@example.com',
    'Naledi Zulu (ID c5)',
    'Contact c6',
  ]);
});
