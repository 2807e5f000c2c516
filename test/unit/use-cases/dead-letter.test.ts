import { describe, expect, it } from 'vitest';
import { type DeadLetterDeps, type RetryDeps, recordDeadLetter, retryDeadLetter } from '../../../functions/dead-letter/dead-letter.ts';
import { extract } from '../../../functions/extract/extract.ts';
import { deadLetterAlertKey } from '../../../shared/domain/alert.ts';
import { WAITING_FOR } from '../../../shared/domain/pipeline.ts';
import { ScriptedExtractor } from '../../helpers/fakes.ts';
import { current, extractDeps, routedDocument, storedDocument, textPages, type World, world } from './world.ts';

const recordDeps = (w: World): DeadLetterDeps => ({ ledger: w.ledger, alerter: w.alerts, clock: w.clock });
const retryDeps = (w: World): RetryDeps => ({ ledger: w.ledger, alerts: w.alerts, queue: w.queue, logger: w.logger });

describe('recordDeadLetter', () => {
  it('marks a document that waited for extract as failed, with a plain reason and one audit event', async () => {
    const w = world();
    const doc = await storedDocument(w, { status: 'received' });

    await recordDeadLetter(recordDeps(w), { step: 'extract', documentId: doc.id, attempts: 5, error: 'TimeoutError' });

    expect(await current(w, doc.id)).toMatchObject({
      status: 'failed',
      rejectReason: 'step extract failed after 5 attempts',
      rejectReasonNl: 'de stap tekst lezen is 5 keer mislukt; probeer het opnieuw of handel het document met de hand af',
    });
    const events = await w.ledger.listEvents(doc.id);
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['received', {}],
      ['dead-letter', { step: 'extract', attempts: 5, error: 'TimeoutError' }],
    ]);
  });

  it('marks a document that waited for route as failed', async () => {
    const w = world();
    const doc = await storedDocument(w, { status: WAITING_FOR.route });

    await recordDeadLetter(recordDeps(w), { step: 'route', documentId: doc.id, attempts: 3, error: 'store.not-found' });

    expect((await current(w, doc.id)).status).toBe('failed');
  });

  it('raises one dead-letter alert for operations, keyed by step and document, due from now', async () => {
    const w = world();
    const doc = await storedDocument(w);

    await recordDeadLetter(recordDeps(w), { step: 'extract', documentId: doc.id, attempts: 5, error: 'TimeoutError' });

    expect(w.alerts.open()).toEqual([
      {
        kind: 'dead-letter',
        key: deadLetterAlertKey('extract', doc.id),
        documentId: doc.id,
        message: `Vastgelopen: de stap tekst lezen is voor het document met ontvangstbewijs ${doc.receiptNumber} 5 keer mislukt (TimeoutError). Probeer het opnieuw vanuit Beheer, of handel het document met de hand af.`,
        dueSince: w.clock.now().toISOString(),
        data: {
          step: 'extract',
          attempts: 5,
          receiptNumber: doc.receiptNumber,
          messageEn: `Dead letter: the step reading the text failed 5 times for the document with receipt ${doc.receiptNumber} (TimeoutError). Retry it from Operations, or handle the document by hand.`,
        },
      },
    ]);
    expect(deadLetterAlertKey('extract', doc.id)).toBe(`dead-letter:extract:${doc.id}`);
  });

  it('the same dead letter delivered twice: one alert and one audit event', async () => {
    const w = world();
    const doc = await storedDocument(w);
    const letter = { step: 'extract', documentId: doc.id, attempts: 5, error: 'TimeoutError' };

    await recordDeadLetter(recordDeps(w), letter);
    await recordDeadLetter(recordDeps(w), letter);

    expect(w.alerts.alerts).toHaveLength(1);
    expect(w.ledger.eventTypes(doc.id)).toEqual(['received', 'dead-letter']);
  });

  it.each(['routed', 'triage', 'rejected', 'acknowledged'] as const)(
    'leaves a document that is %s in its state and only alerts (a late failure)',
    async (status) => {
      const w = world();
      const doc = await storedDocument(w, { status });

      await recordDeadLetter(recordDeps(w), { step: 'receipt', documentId: doc.id, attempts: 5, error: 'TransientError' });

      expect(await current(w, doc.id)).toEqual(doc);
      expect(w.ledger.eventTypes(doc.id)).toEqual([status]);
      expect(w.alerts.open().map((a) => a.key)).toEqual([deadLetterAlertKey('receipt', doc.id)]);
    },
  );

  // Known failure, see the report: the update's `from` is every step's waiting status
  // (received or extracted), not the waiting status of the step that failed, so a late extract
  // failure turns an extracted document (which route may be working on) into `failed`.
  it('leaves a document that was already extracted alone when the extract step dead-letters late', async () => {
    const w = world();
    const doc = await storedDocument(w, { status: 'extracted', pageCount: 1 });

    await recordDeadLetter(recordDeps(w), { step: 'extract', documentId: doc.id, attempts: 5, error: 'QueueUnavailable' });

    expect((await current(w, doc.id)).status).toBe('extracted');
    expect(w.alerts.open()).toHaveLength(1);
  });
});

describe('retryDeadLetter', () => {
  it('puts a failed extract back to received, re-sends extract and settles the alert', async () => {
    const w = world();
    const doc = await storedDocument(w);
    await recordDeadLetter(recordDeps(w), { step: 'extract', documentId: doc.id, attempts: 5, error: 'TimeoutError' });

    await retryDeadLetter(retryDeps(w), { step: 'extract', documentId: doc.id, by: 'ops-1' });

    expect(await current(w, doc.id)).toMatchObject({ status: 'received', rejectReason: null });
    const events = await w.ledger.listEvents(doc.id);
    expect(events.map((e) => [e.type, e.actor, e.data])).toEqual([
      ['received', 'system', {}],
      ['dead-letter', 'system', { step: 'extract', attempts: 5, error: 'TimeoutError' }],
      ['retried', 'ops-1', { step: 'extract' }],
    ]);
    expect(w.queue.sent).toEqual([{ step: 'extract', documentId: doc.id }]);
    expect(w.alerts.alerts).toMatchObject([{ status: 'resolved', resolvedBy: 'ops-1' }]);
  });

  it('puts a failed route back to separated (what route waits for) and re-sends route', async () => {
    const w = world();
    const doc = await storedDocument(w, { status: 'separated' });
    await recordDeadLetter(recordDeps(w), { step: 'route', documentId: doc.id, attempts: 5, error: 'Error' });
    expect((await current(w, doc.id)).status).toBe('failed');

    await retryDeadLetter(retryDeps(w), { step: 'route', documentId: doc.id, by: 'ops-1' });

    expect((await current(w, doc.id)).status).toBe('separated');
    expect(w.queue.sent).toEqual([{ step: 'route', documentId: doc.id }]);
    expect(w.alerts.open()).toEqual([]);
  });

  it('re-sends the receipt step and leaves the status alone (the receipt follows every outcome)', async () => {
    const w = world();
    const doc = await routedDocument(w);
    await recordDeadLetter(recordDeps(w), { step: 'receipt', documentId: doc.id, attempts: 5, error: 'TransientError' });

    await retryDeadLetter(retryDeps(w), { step: 'receipt', documentId: doc.id, by: 'ops-1' });

    expect(await current(w, doc.id)).toEqual(doc);
    expect(w.ledger.eventTypes(doc.id)).toEqual(['routed', 'retried']);
    expect(w.queue.sent).toEqual([{ step: 'receipt', documentId: doc.id }]);
    expect(w.alerts.open()).toEqual([]);
  });

  it('retried twice: the document moves back once, the step is sent again each time', async () => {
    const w = world();
    const doc = await storedDocument(w);
    await recordDeadLetter(recordDeps(w), { step: 'extract', documentId: doc.id, attempts: 5, error: 'TimeoutError' });

    await retryDeadLetter(retryDeps(w), { step: 'extract', documentId: doc.id, by: 'ops-1' });
    await retryDeadLetter(retryDeps(w), { step: 'extract', documentId: doc.id, by: 'ops-2' });

    expect(w.ledger.eventTypes(doc.id)).toEqual(['received', 'dead-letter', 'retried']);
    expect(w.queue.sent).toHaveLength(2);
  });

  it('lets the step run again: a failed document the step would skip is extracted after the retry', async () => {
    const w = world();
    const doc = await storedDocument(w);
    const extractor = new ScriptedExtractor({ pages: textPages('Loonstrook maart 2026') });
    await recordDeadLetter(recordDeps(w), { step: 'extract', documentId: doc.id, attempts: 5, error: 'TimeoutError' });
    await extract(extractDeps(w, extractor), doc.id);
    expect(extractor.calls).toEqual([]); // a failed document is skipped

    await retryDeadLetter(retryDeps(w), { step: 'extract', documentId: doc.id, by: 'ops-1' });
    await extract(extractDeps(w, extractor), doc.id);

    expect((await current(w, doc.id)).status).toBe('extracted');
  });

  it('a failure after the retry raises a new alert', async () => {
    const w = world();
    const doc = await storedDocument(w);
    const letter = { step: 'extract', documentId: doc.id, attempts: 5, error: 'TimeoutError' };
    await recordDeadLetter(recordDeps(w), letter);
    await retryDeadLetter(retryDeps(w), { step: 'extract', documentId: doc.id, by: 'ops-1' });

    await recordDeadLetter(recordDeps(w), letter);

    expect(w.alerts.alerts.map((a) => a.status)).toEqual(['resolved', 'open']);
    expect((await current(w, doc.id)).status).toBe('failed');
  });
});
