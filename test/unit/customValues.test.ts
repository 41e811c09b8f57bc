import { LOCATION_ID, expectCall, failureOf, run } from '../helpers';

/** Custom values: the text a location's templates quote, found by name and changed without renaming it. */
const promo = {
  id: 'cvPromo1',
  name: 'Current Promo',
  fieldKey: '{{ custom_values.current_promo }}',
  value: 'Old',
  locationId: LOCATION_ID,
};
const hours = { id: 'cvHours1', name: 'Opening Hours', fieldKey: '{{ custom_values.opening_hours }}', value: '8-5' };

describe('custom values', () => {
  it('lists them for the dropdown, each labelled with its name and value', async () => {
    expectCall('GET', `/locations/${LOCATION_ID}/customValues`, 200, { customValues: [promo, hours] });
    await expect(run('triggers', 'list_custom_values', {})).resolves.toEqual([
      { ...promo, label: 'Current Promo: Old' },
      { ...hours, label: 'Opening Hours: 8-5' },
    ]);
  });

  it.each(['current promo', '{{ custom_values.current_promo }}'])(
    'finds one by name or merge field: %j',
    async (name) => {
      const list = expectCall('GET', `/locations/${LOCATION_ID}/customValues`, 200, { customValues: [hours, promo] });
      const [found] = (await run('searches', 'find_custom_value', { name })) as Array<Record<string, unknown>>;
      expect(found).toMatchObject({ id: 'cvPromo1', name: 'Current Promo' });
      expect(list.sent[0]!.query).toEqual({});
    },
  );

  it('finds nothing for a name the location does not have', async () => {
    expectCall('GET', `/locations/${LOCATION_ID}/customValues`, 200, { customValues: [hours] });
    await expect(run('searches', 'find_custom_value', { name: 'Current Promo' })).resolves.toEqual([]);
  });

  it('changes the value and sends its current name back, so it is not renamed', async () => {
    expectCall('GET', `/locations/${LOCATION_ID}/customValues/cvPromo1`, 200, { customValue: promo });
    const update = expectCall('PUT', `/locations/${LOCATION_ID}/customValues/cvPromo1`, 200, {
      customValue: { ...promo, value: 'New' },
    });
    await expect(run('creates', 'update_custom_value', { id: 'cvPromo1', value: 'New' })).resolves.toMatchObject({
      id: 'cvPromo1',
      value: 'New',
    });
    expect(update.sent[0]!.body).toEqual({ name: 'Current Promo', value: 'New' });
  });

  it('renames it only when asked, with no read', async () => {
    const update = expectCall('PUT', `/locations/${LOCATION_ID}/customValues/cvPromo1`, 200, { customValue: promo });
    await run('creates', 'update_custom_value', { id: 'cvPromo1', value: 'New', name: 'Summer Promo' });
    expect(update.sent[0]!.body).toEqual({ name: 'Summer Promo', value: 'New' });
  });

  it('says which custom value is missing, and changes nothing', async () => {
    expectCall('GET', `/locations/${LOCATION_ID}/customValues/cvGone`, 404, { statusCode: 404, message: 'Not found' });
    const error = await failureOf(run('creates', 'update_custom_value', { id: 'cvGone', value: 'x' }));
    expect(error).toMatchObject({
      code: 'CustomValueNotFound',
      message: expect.stringMatching(/no custom value cvGone/),
    });
  });
});
