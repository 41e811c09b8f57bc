import { runSearchOrCreate } from '../support/searchOrCreate';
import { eachTestConnected } from './sandboxApp';

/**
 * Find or Create steps that update what they find, run against the sandbox as Zapier runs them:
 * a second SMS from a known number refreshes the contact's name in the same step, and the
 * contact's open deal in a pipeline is created once, then updated.
 */
describe('Find or Create that updates', () => {
  const app = eachTestConnected({ seed: true });

  it('Find or Create Contact: creates the sender, then updates the one found instead of creating a second', async () => {
    const { run } = app();
    const sms = { phone: '27825550143' };
    const first = await runSearchOrCreate(run, 'find_contact', {
      search: sms,
      create: { ...sms, firstName: 'Unknown' },
      update: { firstName: 'Thandi' },
    });
    expect(first.ran).toBe('create');
    const again = await runSearchOrCreate(run, 'find_contact', {
      search: { phone: '+27 82 555 0143' },
      create: { phone: '+27 82 555 0143', firstName: 'Unknown' },
      update: { firstName: 'Thandi', lastName: 'Mokoena' },
    });
    expect(again).toMatchObject({ ran: 'update', result: { id: first.result.id } });
    await expect(run('searches', 'find_contact', { contactId: first.result.id })).resolves.toEqual([
      expect.objectContaining({ firstName: 'Thandi', lastName: 'Mokoena', phone: '+27825550143' }),
    ]);
  });

  it("Find or Create Opportunity: the contact's open deal in a pipeline, created once, then updated", async () => {
    const { run } = app();
    const contact = await run('creates', 'create_contact', { firstName: 'Sipho', email: 'sipho.deal@example.com' });
    const [pipeline] = await run('triggers', 'list_pipelines', {});
    const search = { contact_id: contact.id, pipeline_id: pipeline.id, status: 'open' };
    const create = {
      contactId: contact.id,
      pipelineId: pipeline.id,
      name: 'Whitening',
      status: 'open',
      monetaryValue: '3500',
    };
    const first = await runSearchOrCreate(run, 'find_opportunities', {
      search,
      create,
      update: { monetaryValue: '4200' },
    });
    expect(first.ran).toBe('create');
    const again = await runSearchOrCreate(run, 'find_opportunities', {
      search,
      create,
      update: { monetaryValue: '4200' },
    });
    expect(again).toMatchObject({ ran: 'update', result: { id: first.result.id } });
    await expect(run('searches', 'find_opportunity', { id: first.result.id })).resolves.toEqual([
      expect.objectContaining({ monetaryValue: 4200, name: 'Whitening' }),
    ]);
  });
});
