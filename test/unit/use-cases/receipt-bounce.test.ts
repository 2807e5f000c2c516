import { describe, expect, it } from 'vitest';
import { handleDeliveryReport, type ReceiptBounceDeps } from '../../../functions/receipt/bounce.ts';
import { printBatch } from '../../../functions/receipt/print-batch.ts';
import { receiptEffectKey, sendReceipt } from '../../../functions/receipt/receipt.ts';
import { loadDejaVuFonts } from '../../../shared/adapters/local/dejavu-fonts.ts';
import type { DocumentRecord } from '../../../shared/domain/document.ts';
import type { DeliveryReport } from '../../../shared/domain/receipt-bounce.ts';
import { InMemorySentMailIndex } from '../../helpers/fakes.ts';
import { current, PUBLIC_URL, receiptDeps, routedDocument, type World, world } from './world.ts';

/** The test directory's K-100301 has a postal address (and reads Arabic); K-100234 has only an e-mail address. */
const WITH_ADDRESS = 'K-100301';
const EMAIL_ONLY = 'K-100234';

function setup() {
  const w = world();
  const sentMail = new InMemorySentMailIndex();
  const bounceDeps: ReceiptBounceDeps = {
    ledger: w.ledger,
    directory: w.directorySource,
    letters: w.letters,
    logger: w.logger,
    clock: w.clock,
    publicUrl: PUBLIC_URL,
    fonts: loadDejaVuFonts,
    sentMail,
    alerter: w.alerts,
  };
  return { w, sentMail, bounceDeps, receipt: receiptDeps(w, { sentMail }) };
}

/** A routed document whose receipt the receipt step e-mailed; returns it with the message id it went in. */
async function emailedReceipt(s: ReturnType<typeof setup>, clientNumber: string, receiptEmail: string | null = 'balie@example.net') {
  const doc = await routedDocument(s.w, { clientNumber, receiptEmail });
  await sendReceipt(s.receipt, doc.id);
  const messageId = (await current(s.w, doc.id)).receipt?.messageId ?? '';
  return { doc, messageId };
}

const hardBounce = (messageId: string): DeliveryReport => ({
  kind: 'bounce',
  messageId,
  at: '2026-06-15T08:05:00.000Z',
  bounceType: 'Permanent',
  subType: 'General',
});

const bouncedEvents = (w: World, id: string) => w.ledger.eventTypes(id).filter((t) => t === 'receipt.bounced');

describe('handleDeliveryReport: a bounced e-mail receipt becomes a paper letter', () => {
  it('keeps the message id when the receipt is e-mailed, so the bounce finds the document', async () => {
    const s = setup();
    const { doc, messageId } = await emailedReceipt(s, WITH_ADDRESS);
    expect(messageId).toBe(`<${receiptEffectKey(doc.id)}@test>`);
    expect(await s.sentMail.find(messageId)).toEqual([doc.id]);
  });

  it('posts the receipt as a letter to the client’s address on a hard bounce, records the bounce and audits it', async () => {
    const s = setup();
    const { doc, messageId } = await emailedReceipt(s, WITH_ADDRESS);
    s.w.clock.advance(5 * 60_000);

    const result = await handleDeliveryReport(s.bounceDeps, hardBounce(messageId));

    expect(result).toMatchObject({ outcome: 'handled', lettered: [doc.id], waiting: [] });
    expect(s.w.letters.posted).toEqual([{ documentId: doc.id, pdf: expect.any(Uint8Array), address: 'Kerkstraat 5, 1234 AB Test' }]);
    expect(new TextDecoder().decode(s.w.letters.posted[0]?.pdf.slice(0, 5))).toBe('%PDF-');
    // No longer an e-mail receipt: a letter sent now, in the client's language, with the bounce on record.
    expect((await current(s.w, doc.id)).receipt).toEqual({
      delivery: 'letter',
      language: 'ar',
      sentAt: s.w.clock.now().toISOString(),
      bounced: { at: '2026-06-15T08:05:00.000Z', type: 'bounce', subType: 'General', messageId },
    });
    const events = await s.w.ledger.listEvents(doc.id);
    expect(events.at(-1)).toMatchObject({
      type: 'receipt.bounced',
      data: { type: 'bounce', subType: 'General', messageId, delivery: 'letter', reportedAt: '2026-06-15T08:05:00.000Z' },
    });
    // The address that bounced is in no event and no log line.
    expect(JSON.stringify(events)).not.toContain('balie@example.net');
    expect(JSON.stringify(s.w.logger)).not.toContain('balie@example.net');
  });

  it('makes one letter when the same report arrives twice', async () => {
    const s = setup();
    const { doc, messageId } = await emailedReceipt(s, WITH_ADDRESS);

    await handleDeliveryReport(s.bounceDeps, hardBounce(messageId));
    const again = await handleDeliveryReport(s.bounceDeps, hardBounce(messageId));

    expect(again).toMatchObject({ outcome: 'handled', lettered: [], already: [doc.id] });
    expect(s.w.letters.posted).toHaveLength(1);
    expect(bouncedEvents(s.w, doc.id)).toHaveLength(1);
  });

  it('makes one letter when two deliveries of the report run at once', async () => {
    const s = setup();
    const { doc, messageId } = await emailedReceipt(s, WITH_ADDRESS);

    const outcomes = await Promise.allSettled([
      handleDeliveryReport(s.bounceDeps, hardBounce(messageId)),
      handleDeliveryReport(s.bounceDeps, hardBounce(messageId)),
    ]);

    expect(outcomes.some((o) => o.status === 'fulfilled' && o.value.lettered.includes(doc.id))).toBe(true);
    expect(s.w.letters.posted).toHaveLength(1);
    expect(bouncedEvents(s.w, doc.id)).toHaveLength(1);
  });

  it('posts a letter when the client reported the receipt as spam (a complaint)', async () => {
    const s = setup();
    const { doc, messageId } = await emailedReceipt(s, WITH_ADDRESS);

    await handleDeliveryReport(s.bounceDeps, { kind: 'complaint', messageId, at: '2026-06-15T09:00:00.000Z', subType: 'abuse' });

    expect(s.w.letters.posted.map((l) => l.documentId)).toEqual([doc.id]);
    expect((await current(s.w, doc.id)).receipt?.bounced).toMatchObject({ type: 'complaint', subType: 'abuse' });
  });

  it('changes nothing for a transient or undetermined bounce, or a delivery', async () => {
    const s = setup();
    const { doc, messageId } = await emailedReceipt(s, WITH_ADDRESS);
    const before = await current(s.w, doc.id);

    for (const report of [
      { ...hardBounce(messageId), bounceType: 'Transient', subType: 'MailboxFull' },
      { ...hardBounce(messageId), bounceType: 'Undetermined', subType: 'Undetermined' },
      { kind: 'delivery' as const, messageId, at: '2026-06-15T08:01:00.000Z' },
    ])
      expect((await handleDeliveryReport(s.bounceDeps, report)).outcome).toBe('ignored');

    expect(await current(s.w, doc.id)).toEqual(before);
    expect(s.w.letters.posted).toEqual([]);
    expect(bouncedEvents(s.w, doc.id)).toEqual([]);
  });

  it('without a postal address: the receipt waits and a person is alerted once, by receipt and client number only', async () => {
    const s = setup();
    const { doc, messageId } = await emailedReceipt(s, EMAIL_ONLY, null);

    await handleDeliveryReport(s.bounceDeps, hardBounce(messageId));
    await handleDeliveryReport(s.bounceDeps, hardBounce(messageId));

    expect(s.w.letters.posted).toEqual([]);
    expect((await current(s.w, doc.id)).receipt).toMatchObject({ delivery: 'pending', bounced: { type: 'bounce' } });
    expect((await current(s.w, doc.id)).receipt?.sentAt).toBeUndefined();
    expect(s.w.alerts.open()).toEqual([expect.objectContaining({ kind: 'receipt-undelivered', documentId: doc.id })]);
    const alert = JSON.stringify(s.w.alerts.open());
    expect(alert).toContain(EMAIL_ONLY);
    expect(alert).not.toContain('jan@example.org');
    expect(alert).not.toContain('Jan de Vries');
    // The receipt step, run again, does not e-mail the address that bounced.
    await sendReceipt(s.receipt, doc.id);
    expect(s.w.mailer.sent).toHaveLength(1);
  });

  it('a bounced reply to post by e-mail: each listed document with a postal address gets a letter, the other one an alert', async () => {
    const s = setup();
    const sentAt = s.w.clock.now().toISOString();
    const replyId = '0100019-reply-000000';
    const docs: DocumentRecord[] = [];
    for (const clientNumber of [WITH_ADDRESS, null, WITH_ADDRESS]) {
      const doc = await routedDocument(s.w, { channel: 'email', clientNumber, receiptEmail: 'afzender@example.net' });
      // As the mail intake's reply records it: each document receipted by the one reply.
      await s.w.ledger.update(
        doc.id,
        { receipt: { delivery: 'email', language: 'nl', sentAt, messageId: replyId } },
        { type: 'receipt.sent', data: { delivery: 'email', language: 'nl', mailMessageId: 'mail-1' } },
      );
      docs.push(doc);
    }
    await s.sentMail.record(
      replyId,
      docs.map((d) => d.id),
    );
    const [a, unknown, b] = docs as [DocumentRecord, DocumentRecord, DocumentRecord];

    const result = await handleDeliveryReport(s.bounceDeps, hardBounce(replyId));

    expect(result).toMatchObject({ lettered: [a.id, b.id], waiting: [unknown.id] });
    expect(s.w.letters.posted.map((l) => l.documentId)).toEqual([a.id, b.id]);
    expect(s.w.alerts.open().map((x) => x.documentId)).toEqual([unknown.id]);
    for (const doc of docs) expect(bouncedEvents(s.w, doc.id)).toHaveLength(1);
  });

  it('puts the letter in the day’s print batch', async () => {
    const s = setup();
    const { doc, messageId } = await emailedReceipt(s, WITH_ADDRESS);
    await handleDeliveryReport(s.bounceDeps, hardBounce(messageId));

    const batch = await printBatch(s.receipt, { day: '2026-06-15', by: 'test' });

    expect(batch.letters.map((l) => l.documentIds)).toEqual([[doc.id]]);
  });

  it('ignores a report about a message that carried no receipt', async () => {
    const s = setup();
    await emailedReceipt(s, WITH_ADDRESS);
    expect((await handleDeliveryReport(s.bounceDeps, hardBounce('not-a-receipt'))).outcome).toBe('unknown-message');
    expect(s.w.letters.posted).toEqual([]);
  });
});
