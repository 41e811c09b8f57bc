import nock from 'nock';
import type { Bundle } from 'zapier-platform-core';
import App from '../../index';
import { LOCATION_ID, appTester, bundleWith, expectCall, failureOf } from '../helpers';

/**
 * Phone numbers as SMS gateways and people write them, each read into the one E.164 number GHL
 * matches duplicates on: the request is what proves it. The location's country is read once
 * (and kept in the connection's cache), only when a number has no country code.
 */
const perform = (kind: 'searches' | 'creates', key: string) =>
  (App[kind]![key]!.operation as { perform: unknown }).perform as never;
const locationIn = (country: string) =>
  expectCall('GET', `/locations/${LOCATION_ID}`, 200, {
    location: { id: LOCATION_ID, name: 'Mokoena Dental', country, timezone: 'Africa/Johannesburg' },
  });

/** Find Contact by phone, each step with the same connection (its cache kept between steps after the first). */
const findSends = async (written: string[], extra: Record<string, unknown> = {}) => {
  const numbers: string[] = [];
  for (const [i, phone] of written.entries()) {
    const lookup = expectCall('GET', '/contacts/search/duplicate', 200, { contact: null });
    await appTester(perform('searches', 'find_contact'), bundleWith({ phone, ...extra }) as Bundle, i === 0);
    numbers.push(lookup.sent[0]!.query.number!);
  }
  return numbers;
};

describe('phone numbers in E.164', () => {
  it('on a ZA location: gateway digits, international in any spacing, national with the trunk 0, and "(0)" all read as one number', async () => {
    const location = locationIn('ZA');
    const sent = await findSends([
      '27821234567',
      '+27 82 123 4567',
      '082 123 4567',
      '+27 (0)82 123 4567',
      '0027 82 123 4567',
      '+27-82-123-4567',
    ]);
    expect(sent).toEqual(Array(6).fill('+27821234567'));
    expect(location.sent).toHaveLength(1);
  });

  it('on an AU location: 0412 345 678, +61412345678 and 61412345678 are one number', async () => {
    const location = locationIn('AU');
    expect(await findSends(['0412 345 678', '+61412345678', '61412345678'])).toEqual(Array(3).fill('+61412345678'));
    expect(location.sent).toHaveLength(1);
  });

  it('foreign numbers written with + keep their own country, with no need to read the location', async () => {
    expect(await findSends(['+1 (415) 555-0123', '+44 20 7946 0958', '0061 412 345 678'])).toEqual([
      '+14155550123',
      '+442079460958',
      '+61412345678',
    ]);
  });

  it('gateway digits of another country are read with their own country code', async () => {
    locationIn('ZA');
    expect(await findSends(['14155550123', '61412345678'])).toEqual(['+14155550123', '+61412345678']);
  });

  it('the Phone Country field overrides the location', async () => {
    expect(await findSends(['0412 345 678'], { phoneCountry: 'AU' })).toEqual(['+61412345678']);
  });

  it("Create Contact reads the number in the contact's own country when it has one", async () => {
    const call = expectCall('POST', '/contacts/', 201, { contact: { id: 'c1' } });
    await appTester(
      perform('creates', 'create_contact'),
      bundleWith({ firstName: 'Jack', phone: '0412 345 678', country: 'AU' }) as Bundle,
      true,
    );
    expect(call.sent[0]!.body).toMatchObject({ phone: '+61412345678', country: 'AU' });
  });

  it('refuses a number no reading makes possible, before anything is sent, showing it and the country assumed', async () => {
    locationIn('ZA');
    const error = await failureOf(
      appTester(
        perform('creates', 'create_contact'),
        bundleWith({ firstName: 'T', phone: '082 1234 5678 90' }) as Bundle,
        true,
      ),
    );
    expect(error).toMatchObject({
      code: 'InvalidInput',
      message: expect.stringMatching(
        /"Phone" is not a phone number: "082 1234 5678 90" is not one read as a number of ZA or with a country code of its own/,
      ),
    });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses 12345 in ZA, which has the length of a ZA number but is in no range ZA assigns, and says so', async () => {
    locationIn('ZA');
    const error = await failureOf(
      appTester(perform('creates', 'create_contact'), bundleWith({ firstName: 'T', phone: '12345' }) as Bundle, true),
    );
    expect(error.message).toContain(
      '"Phone" is not a phone number: "12345", read as a number of ZA or with a country code of its own, has the length of a number of ZA but is in no range it assigns to phones (a short code',
    );
  });

  it('refuses a US short code, naming it', async () => {
    locationIn('US');
    const error = await failureOf(
      appTester(perform('creates', 'create_contact'), bundleWith({ firstName: 'T', phone: '31337' }) as Bundle, true),
    );
    expect(error.message).toContain(
      '"Phone" is not a phone number: "31337" is not one read as a number of US or with a country code of its own: with 5 digits it may be a short code',
    );
  });

  it.each([
    ['000', /"Phone" is too short to be a phone number: "000" has 3 digits, and every phone number has at least 5/],
    [
      '12345678901234567',
      /"Phone" is too long to be a phone number: "12345678901234567" has 17 digits, and no phone number has more than 15/,
    ],
  ])('refuses %s, a length no country has, before reading even the location', async (phone, message) => {
    // No location answer is set up: a read of it would fail the test with nock's "no match".
    const error = await failureOf(
      appTester(perform('creates', 'create_contact'), bundleWith({ firstName: 'T', phone }) as Bundle, true),
    );
    expect(error).toMatchObject({ code: 'InvalidInput', message: expect.stringMatching(message) });
  });

  it('refuses a national number when no country is known to read it in', async () => {
    // An agency connection's agency-only step has no location: Create Location's own Country reads it.
    const call = expectCall('POST', '/locations/', 200, { id: 'loc9', name: 'Smile Dental Perth' });
    const agency = { access_token: 'access-token-for-tests', userType: 'Company', companyId: 'co1' };
    await appTester(
      (App.creates!.create_location!.operation as { perform: unknown }).perform as never,
      {
        authData: agency,
        inputData: { name: 'Smile Dental Perth', phone: '08 9325 1234', country: 'AU' },
      } as unknown as Bundle,
      true,
    );
    expect(call.sent[0]!.body).toMatchObject({ phone: '+61893251234' });
    const error = await failureOf(
      appTester(
        (App.creates!.create_location!.operation as { perform: unknown }).perform as never,
        { authData: agency, inputData: { name: 'Nowhere', phone: '08 9325 1234' } } as unknown as Bundle,
        true,
      ),
    );
    expect(error.message).toMatch(
      /"08 9325 1234" is not one read with a country code of its own \(no country is known to read it in\)/,
    );
  });
});
