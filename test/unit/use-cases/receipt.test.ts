import { describe, expect, it } from 'vitest';
import { deliverOnce, receiptEffectKey, sendReceipt } from '../../../functions/receipt/receipt.ts';
import { TransientError } from '../../../shared/domain/errors.ts';
import type { Mailer } from '../../../shared/ports.ts';
import { current, receiptDeps, routedDocument, storedDocument, triageDocument, VERIFY_HINT, type World, world } from './world.ts';

const LEASE_MS = 10 * 60_000; // the receipt step's default claim lease

const receiptEvents = (w: World, id: string) => w.ledger.eventTypes(id).filter((t) => t.startsWith('receipt.'));

/** Another run has claimed this document's receipt (and is sending it, or died doing so). */
const claimedByAnotherRun = (w: World, id: string) => w.ledger.claimEffect(receiptEffectKey(id), LEASE_MS);

describe('sendReceipt: how the receipt reaches the submitter', () => {
  it('e-mails the receipt of a routed document to the client, with the receipt as PDF, and records when it was sent', async () => {
    const w = world();
    const doc = await routedDocument(w, { receiptNumber: 'PK-7Q2M-X4KD9', pageCount: 2 });

    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toHaveLength(1);
    const [mail] = w.mailer.sent;
    expect(mail).toMatchObject({
      to: 'jan@example.org',
      subject: 'Ontvangstbewijs PK-7Q2M-X4KD9 – Gemeente Test',
      idempotencyKey: receiptEffectKey(doc.id),
      attachments: [{ filename: 'ontvangstbewijs-PK-7Q2M-X4KD9.pdf', contentType: 'application/pdf' }],
    });
    expect(mail?.text).toContain('Team inkomen');
    expect(mail?.text).toContain(VERIFY_HINT);
    expect(new TextDecoder().decode(mail?.attachments?.[0]?.content.slice(0, 5))).toBe('%PDF-');
    expect((await current(w, doc.id)).receipt).toEqual({ delivery: 'email', language: 'nl', sentAt: w.clock.now().toISOString() });
    expect(receiptEvents(w, doc.id)).toEqual(['receipt.sent']);
  });

  it('never puts the client’s BSN from the directory in the mail', async () => {
    const w = world();
    const doc = await routedDocument(w);
    await sendReceipt(receiptDeps(w), doc.id);
    expect(w.mailer.sent[0]?.text).not.toContain('123456782');
  });

  it('sends it to the e-mail address given at the desk rather than the one in the directory', async () => {
    const w = world();
    const doc = await routedDocument(w, { receiptEmail: 'balie-kopie@example.net' });
    await sendReceipt(receiptDeps(w), doc.id);
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['balie-kopie@example.net']);
  });

  it('posts a letter to a client with a postal address and no e-mail, in English when the client reads no Dutch', async () => {
    const w = world();
    const doc = await routedDocument(w, { clientNumber: 'K-100301' }); // language "ar", address only

    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toEqual([]);
    expect(w.letters.posted).toEqual([{ documentId: doc.id, pdf: expect.any(Uint8Array), address: 'Kerkstraat 5, 1234 AB Test' }]);
    expect((await current(w, doc.id)).receipt).toMatchObject({ delivery: 'letter', language: 'en', sentAt: expect.any(String) });
  });

  it('tells the submitter of a rejected document too', async () => {
    const w = world();
    const doc = await storedDocument(w, { status: 'rejected', rejectReason: 'The file is empty.', receiptEmail: 'iemand@example.net' });

    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toHaveLength(1);
    expect(w.mailer.sent[0]?.text).toContain('wij kunnen het niet lezen');
  });

  it('marks the receipt of a walk-in without e-mail for printing at the desk, once, and sends nothing', async () => {
    const w = world();
    const doc = await triageDocument(w, { channel: 'desk' });

    await sendReceipt(receiptDeps(w), doc.id);
    await sendReceipt(receiptDeps(w), doc.id);

    expect((await current(w, doc.id)).receipt).toEqual({ delivery: 'print', language: 'nl' });
    expect(receiptEvents(w, doc.id)).toEqual(['receipt.print']);
    expect(w.mailer.sent).toEqual([]);
    expect(w.letters.posted).toEqual([]);
  });

  it('keeps the receipt of an unknown sender by post pending until triage names the client, once, and sends nothing', async () => {
    const w = world();
    const doc = await triageDocument(w, { channel: 'post' });

    await sendReceipt(receiptDeps(w), doc.id);
    await sendReceipt(receiptDeps(w), doc.id);

    expect((await current(w, doc.id)).receipt).toEqual({ delivery: 'pending', language: 'nl' });
    expect(receiptEvents(w, doc.id)).toEqual(['receipt.pending']);
    expect(w.mailer.sent).toEqual([]);
  });

  it.each(['received', 'extracted', 'duplicate', 'failed'] as const)('sends nothing for a document that is %s', async (status) => {
    const w = world();
    const doc = await storedDocument(w, { status, clientNumber: 'K-100234' });

    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toEqual([]);
    expect(await current(w, doc.id)).toEqual(doc);
  });

  it('fails for a document the ledger does not know', async () => {
    const w = world();
    await expect(sendReceipt(receiptDeps(w), 'no-such-document')).rejects.toThrow(/not found/);
  });
});

describe('sendReceipt: at most once', () => {
  it('run twice for the same message: one mail and one receipt.sent event', async () => {
    const w = world();
    const doc = await routedDocument(w);

    await sendReceipt(receiptDeps(w), doc.id);
    w.clock.advance(60_000);
    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toHaveLength(1);
    expect(receiptEvents(w, doc.id)).toEqual(['receipt.sent']);
  });

  it('sends nothing when the receipt was already sent', async () => {
    const w = world();
    const doc = await routedDocument(w, { receipt: { delivery: 'email', language: 'nl', sentAt: '2026-06-15T08:01:00.000Z' } });

    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toEqual([]);
    expect(await current(w, doc.id)).toEqual(doc);
  });

  it('two runs at once send one mail; the other finds it sent or is told to retry later', async () => {
    const w = world();
    const doc = await routedDocument(w);

    const outcomes = await Promise.allSettled([sendReceipt(receiptDeps(w), doc.id), sendReceipt(receiptDeps(w), doc.id)]);

    expect(w.mailer.sent).toHaveLength(1);
    expect(receiptEvents(w, doc.id)).toEqual(['receipt.sent']);
    expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(TransientError);

    // The retried run finds the receipt sent.
    await sendReceipt(receiptDeps(w), doc.id);
    expect(w.mailer.sent).toHaveLength(1);
  });

  it('throws a TransientError, and sends nothing, while another run holds the claim', async () => {
    const w = world();
    const doc = await routedDocument(w);
    expect(await claimedByAnotherRun(w, doc.id)).toBe(true);

    const run = sendReceipt(receiptDeps(w), doc.id);

    await expect(run).rejects.toBeInstanceOf(TransientError);
    await expect(run).rejects.toMatchObject({ code: 'receipt.claimed' });
    expect(w.mailer.sent).toEqual([]);
    expect((await current(w, doc.id)).receipt).toBeNull();
  });

  it('still leaves the claim to its holder until the lease has fully run out', async () => {
    const w = world();
    const doc = await routedDocument(w);
    await claimedByAnotherRun(w, doc.id);
    w.clock.advance(LEASE_MS);

    await expect(sendReceipt(receiptDeps(w), doc.id)).rejects.toBeInstanceOf(TransientError);
    expect(w.mailer.sent).toEqual([]);
  });

  it('takes over a claim older than the lease (a crashed sender) and sends the receipt', async () => {
    const w = world();
    const doc = await routedDocument(w);
    await claimedByAnotherRun(w, doc.id);
    w.clock.advance(LEASE_MS + 1);

    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toHaveLength(1);
    expect((await current(w, doc.id)).receipt?.sentAt).toBe(w.clock.now().toISOString());
  });

  it('honours a shorter lease when one is configured', async () => {
    const w = world();
    const doc = await routedDocument(w);
    await w.ledger.claimEffect(receiptEffectKey(doc.id), 30_000);
    w.clock.advance(30_001);

    await sendReceipt(receiptDeps(w, { claimLeaseMs: 30_000 }), doc.id);

    expect(w.mailer.sent).toHaveLength(1);
  });

  it('a failed send keeps the claim until its lease runs out; the retry after that sends the receipt', async () => {
    const w = world();
    const doc = await routedDocument(w);
    const down: Mailer = {
      send: async () => {
        throw new Error('SMTP 421 service not available');
      },
    };

    await expect(sendReceipt(receiptDeps(w, { mailer: down }), doc.id)).rejects.toThrow('SMTP 421');
    expect((await current(w, doc.id)).receipt).toBeNull();

    w.clock.advance(60_000);
    await expect(sendReceipt(receiptDeps(w), doc.id)).rejects.toBeInstanceOf(TransientError);

    w.clock.advance(LEASE_MS);
    await sendReceipt(receiptDeps(w), doc.id);
    expect(w.mailer.sent).toHaveLength(1);
    expect(receiptEvents(w, doc.id)).toEqual(['receipt.sent']);
  });
});

describe('deliverOnce', () => {
  const email = (deliveries: string[]) => ({
    delivery: 'email' as const,
    language: 'nl' as const,
    deliver: async () => {
      deliveries.push('mail');
    },
  });

  it('delivers, records receipt.sent with the time, and completes the claim so nobody can take it over later', async () => {
    const w = world();
    const doc = await routedDocument(w);
    const deliveries: string[] = [];

    expect(await deliverOnce(receiptDeps(w), doc.id, email(deliveries))).toBe('delivered');

    expect(deliveries).toEqual(['mail']);
    expect((await current(w, doc.id)).receipt).toEqual({ delivery: 'email', language: 'nl', sentAt: w.clock.now().toISOString() });
    w.clock.advance(24 * 60 * 60_000);
    expect(await w.ledger.claimEffect(receiptEffectKey(doc.id), LEASE_MS)).toBe(false);
  });

  it('says already-sent, without delivering, once the receipt went out', async () => {
    const w = world();
    const doc = await routedDocument(w);
    const deliveries: string[] = [];
    await deliverOnce(receiptDeps(w), doc.id, email(deliveries));

    expect(await deliverOnce(receiptDeps(w), doc.id, email(deliveries))).toBe('already-sent');
    expect(deliveries).toEqual(['mail']);
  });

  it('says claimed-elsewhere, without delivering, while another run holds the claim', async () => {
    const w = world();
    const doc = await routedDocument(w);
    await claimedByAnotherRun(w, doc.id);
    const deliveries: string[] = [];

    expect(await deliverOnce(receiptDeps(w), doc.id, email(deliveries))).toBe('claimed-elsewhere');
    expect(deliveries).toEqual([]);
  });

  it('does not deliver again after a sender that recorded the receipt died before completing its claim', async () => {
    const w = world();
    const doc = await routedDocument(w);
    // The crashed run: claimed, sent, recorded receipt.sent, never completed the claim.
    await claimedByAnotherRun(w, doc.id);
    const sentAt = w.clock.now().toISOString();
    await w.ledger.update(doc.id, { receipt: { delivery: 'email', language: 'nl', sentAt } }, { type: 'receipt.sent' });
    w.clock.advance(LEASE_MS + 1);
    const deliveries: string[] = [];

    expect(await deliverOnce(receiptDeps(w), doc.id, email(deliveries))).toBe('already-sent');

    expect(deliveries).toEqual([]);
    expect((await current(w, doc.id)).receipt?.sentAt).toBe(sentAt);
    w.clock.advance(LEASE_MS + 1);
    expect(await w.ledger.claimEffect(receiptEffectKey(doc.id), LEASE_MS)).toBe(false); // completed now
  });
});
