import { SANDBOX_LOCATION_ID } from '../../sandbox/server';
import { PACE_GROUPS, GHL_BURST_LIMIT } from '../../src/operations/pace';
import { runSearchOrCreate } from '../support/searchOrCreate';
import { virtualClock } from '../support/zapierPacing';
import { type StepKind, startZapierRuntime } from '../support/zapierRuntime';
import { connectedApp } from './sandboxApp';

type Row = Record<string, unknown> & { id: string };

/**
 * An SMS business's first busy day, under Zapier's runtime as its platform runs steps (lock and
 * throttle enforced, `zapierPacing.ts`) against the sandbox, which limits each location to GHL's
 * 100 requests in any 10 seconds.
 */
describe('one connection under bursts', () => {
  it('two overlapping Find or Create Contact runs for one new number end in one contact', async () => {
    const runtime = await startZapierRuntime();
    const app = await connectedApp({ seed: true });
    try {
      const zap = runtime.connection('conn-lock', app.authData);
      const run = <T>(kind: StepKind, key: string, input: Record<string, unknown>) => zap.step<T>(kind, key, input);
      const sms = { phone: '+27 82 700 1234' };
      const both = await Promise.all(
        [1, 2].map(() =>
          runSearchOrCreate(run, 'find_contact', { search: sms, create: { ...sms, firstName: 'Naledi' } }),
        ),
      );
      const contacts = [...app.sandbox.locations.get(SANDBOX_LOCATION_ID)!.contacts.values()];
      expect(contacts.filter((c) => c.phone === '+27827001234')).toHaveLength(1);
      // Both searches found nothing; the second create waited for the first and was handed its contact.
      expect(both.map((b) => b.ran)).toEqual(['create', 'create']);
      expect(both[0]!.result.id).toBe(both[1]!.result.id);
      expect(runtime.pacing.waitedForLock).toBe(1);
      expect(app.sandbox.counts.get('GET /contacts/{contactId}')).toBe(1);
    } finally {
      await app.stop();
      await runtime.close();
    }
  });

  it('a burst of 300 steps on one connection never gets a 429 from GHL: Zapier holds back the rest', async () => {
    // The first runs come at the very end of one of Zapier's windows and the next at the start of
    // the next: the two waves fall in one of GHL's 10-second spans, the worst case a pace must allow.
    const clock = virtualClock(Date.parse('2026-12-02T09:00:09.999Z'));
    const runtime = await startZapierRuntime({ clock });
    const app = await connectedApp({ seed: true, clock: clock.now });
    try {
      const zap = runtime.connection('conn-burst', app.authData);
      const leads = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          zap.step<Row>('creates', 'create_contact', { phone: `+27 82 710 00${10 + i}`, firstName: `Lead ${i}` }),
        ),
      );
      const steps = Array.from({ length: 300 }, (_, i) => {
        const lead = leads[i % leads.length]!;
        if (i % 6 === 0)
          return zap.step('creates', 'add_inbound_message', {
            contactId: lead.id,
            message: `SMS ${i}`,
            altId: `sms-${i}`,
          });
        if (i % 3 === 0) return zap.step('searches', 'find_contact', { phone: `0827100${10 + (i % 10)}` });
        return zap.step('creates', 'create_contact_note', { contactId: lead.id, body: `Note ${i}` });
      });
      const started = clock.now();
      await expect(Promise.all(steps)).resolves.toHaveLength(300);
      expect(runtime.pacing.throttled).toBeGreaterThan(0);
      // At the pace the groups allow: about 300 / (11 + 2) windows of 10 s, not all at once.
      const windows = (clock.now() - started) / (GHL_BURST_LIMIT.windowSeconds * 1000);
      expect(windows).toBeGreaterThanOrEqual(Math.floor(250 / PACE_GROUPS[0]!.runsPerWindow) - 1);
      const notes = [...app.sandbox.locations.get(SANDBOX_LOCATION_ID)!.notes.values()];
      expect(notes.filter((n) => String(n.body).startsWith('Note '))).toHaveLength(200);
    } finally {
      await app.stop();
      await runtime.close();
    }
  });
});
