import { describe, expect, it } from 'vitest';
import { emailDeskReceipt, recordPrintedReceipt } from '../../../functions/receipt/desk-receipt.ts';
import { receiptEffectKey, sendReceipt } from '../../../functions/receipt/receipt.ts';
import { GatedDirectory } from '../../helpers/fakes.ts';
import {
  current,
  deskReceiptDeps,
  receiptDeps,
  routedDocument,
  storedDocument,
  triageDocument,
  VERIFY_HINT,
  type World,
  world,
} from './world.ts';

const LEASE_MS = 10 * 60_000;

const receiptEvents = async (w: World, id: string) =>
  (await w.ledger.listEvents(id)).filter((e) => e.type.startsWith('receipt.')).map((e) => ({ type: e.type, actor: e.actor, data: e.data }));

/** A document handed in at the counter a moment ago: still being read, client chosen at the desk. */
const handedInAtTheDesk = (w: World) =>
  storedDocument(w, { channel: 'desk', source: 'desk:balie-1', deskClientNumber: 'K-100234', clientNumber: 'K-100234' });

describe('recordPrintedReceipt: the receipt printed at the counter', () => {
  it('records the printout as the document’s receipt, by whom and at the desk', async () => {
    const w = world();
    const doc = await handedInAtTheDesk(w);

    await recordPrintedReceipt(deskReceiptDeps(w), doc, 'nl', 'desk-user-7');

    expect((await current(w, doc.id)).receipt).toEqual({ delivery: 'print', language: 'nl', sentAt: w.clock.now().toISOString() });
    expect(await receiptEvents(w, doc.id)).toEqual([
      { type: 'receipt.printed', actor: 'desk-user-7', data: { delivery: 'print', language: 'nl', at: 'desk' } },
    ]);
  });

  it('after a printout the receipt step sends no second receipt, although the client has an e-mail address', async () => {
    const w = world();
    const doc = await handedInAtTheDesk(w);
    await recordPrintedReceipt(deskReceiptDeps(w), doc, 'nl', 'desk-user-7');
    await w.ledger.update(doc.id, { status: 'routed' }, { type: 'routed' });

    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toEqual([]);
  });

  it('records a printout made after the receipt went out as a copy, and leaves the receipt as it was', async () => {
    const w = world();
    const doc = await routedDocument(w, { channel: 'desk' });
    await sendReceipt(receiptDeps(w), doc.id);
    const sent = (await current(w, doc.id)).receipt;

    await recordPrintedReceipt(deskReceiptDeps(w), doc, 'nl', 'desk-user-7');

    expect((await current(w, doc.id)).receipt).toEqual(sent);
    expect((await receiptEvents(w, doc.id)).map((e) => [e.type, e.data])).toEqual([
      ['receipt.sent', { delivery: 'email', language: 'nl' }],
      ['receipt.printed', { language: 'nl', copy: true }],
    ]);
  });

  it('records a printout made while the receipt step is sending as a copy', async () => {
    const w = world();
    const doc = await handedInAtTheDesk(w);
    await w.ledger.claimEffect(receiptEffectKey(doc.id), LEASE_MS);

    await recordPrintedReceipt(deskReceiptDeps(w), doc, 'en', 'desk-user-7');

    expect((await current(w, doc.id)).receipt).toBeNull();
    expect(await receiptEvents(w, doc.id)).toEqual([
      { type: 'receipt.printed', actor: 'desk-user-7', data: { language: 'en', copy: true } },
    ]);
  });
});

describe('emailDeskReceipt: the receipt e-mailed from the counter', () => {
  it('e-mails the receipt to the address given at the desk and records it as the document’s receipt', async () => {
    const w = world();
    const doc = await handedInAtTheDesk(w);

    expect(await emailDeskReceipt(deskReceiptDeps(w), doc, 'zoon@example.net', 'nl', 'desk-user-7')).toBe('sent');

    expect(w.mailer.sent).toHaveLength(1);
    expect(w.mailer.sent[0]).toMatchObject({ to: 'zoon@example.net', idempotencyKey: receiptEffectKey(doc.id) });
    expect(w.mailer.sent[0]?.text).toContain(VERIFY_HINT);
    expect(await current(w, doc.id)).toMatchObject({
      receiptEmail: 'zoon@example.net',
      receipt: { delivery: 'email', language: 'nl', sentAt: w.clock.now().toISOString() },
    });
    expect(await receiptEvents(w, doc.id)).toEqual([
      { type: 'receipt.sent', actor: 'desk-user-7', data: { delivery: 'email', language: 'nl', at: 'desk' } },
    ]);
  });

  it('asked twice, sends one mail and answers "already" the second time', async () => {
    const w = world();
    const doc = await handedInAtTheDesk(w);

    await emailDeskReceipt(deskReceiptDeps(w), doc, 'zoon@example.net', 'nl', 'desk-user-7');
    const again = await emailDeskReceipt(deskReceiptDeps(w), await current(w, doc.id), 'zoon@example.net', 'nl', 'desk-user-7');

    expect(again).toBe('already');
    expect(w.mailer.sent).toHaveLength(1);
  });

  it('after the desk e-mailed the receipt, the receipt step sends no second one', async () => {
    const w = world();
    const doc = await handedInAtTheDesk(w);
    await emailDeskReceipt(deskReceiptDeps(w), doc, 'zoon@example.net', 'nl', 'desk-user-7');
    await w.ledger.update(doc.id, { status: 'routed' }, { type: 'routed' });

    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toHaveLength(1);
  });

  it('answers "already" and sends nothing when the receipt step sent the receipt first (the desk holds a stale copy)', async () => {
    const w = world();
    const stale = await routedDocument(w, { channel: 'desk' });
    await sendReceipt(receiptDeps(w), stale.id);

    expect(await emailDeskReceipt(deskReceiptDeps(w), stale, 'zoon@example.net', 'nl', 'desk-user-7')).toBe('already');
    expect(w.mailer.sent.map((m) => m.to)).toEqual(['jan@example.org']);
  });

  it('answers "already" and sends nothing while the receipt step holds the claim', async () => {
    const w = world();
    const doc = await handedInAtTheDesk(w);
    await w.ledger.claimEffect(receiptEffectKey(doc.id), LEASE_MS);

    expect(await emailDeskReceipt(deskReceiptDeps(w), doc, 'zoon@example.net', 'nl', 'desk-user-7')).toBe('already');
    expect(w.mailer.sent).toEqual([]);
  });
});

describe('the desk and the receipt step never both send', () => {
  it('desk e-mail and receipt step at the same moment: one mail', async () => {
    const w = world();
    const doc = await routedDocument(w, { channel: 'desk' });

    await Promise.allSettled([
      emailDeskReceipt(deskReceiptDeps(w), doc, 'zoon@example.net', 'nl', 'desk-user-7'),
      sendReceipt(receiptDeps(w), doc.id),
    ]);

    expect(w.mailer.sent).toHaveLength(1);
    expect((await receiptEvents(w, doc.id)).filter((e) => e.type === 'receipt.sent')).toHaveLength(1);
  });

  it('desk printout and receipt step at the same moment: at most one receipt delivered', async () => {
    const w = world();
    const doc = await routedDocument(w, { channel: 'desk' });

    await Promise.allSettled([recordPrintedReceipt(deskReceiptDeps(w), doc, 'nl', 'desk-user-7'), sendReceipt(receiptDeps(w), doc.id)]);

    const delivered = (await w.ledger.listEvents(doc.id)).filter(
      (e) => e.type === 'receipt.sent' || (e.type === 'receipt.printed' && e.data.copy !== true),
    );
    expect(delivered).toHaveLength(1);
    expect(w.mailer.sent.length).toBeLessThanOrEqual(1);
  });

  // Known failure, see the report: sendReceipt writes the print/pending plan unconditionally
  // (functions/receipt/receipt.ts, the `ledger.update` in the pending/print branch) from the
  // document it read before the desk delivered, so it overwrites the desk's `receipt` (and its
  // sentAt). Every later receipt run then finds the claim completed but no sentAt and throws
  // TransientError ('claimed-elsewhere') for ever.
  it('keeps the desk’s e-mailed receipt when the receipt step read the document just before the desk sent it', async () => {
    const w = world();
    // Walk-in, unknown client, no e-mail yet: the receipt step plans a printout at the desk.
    const doc = await triageDocument(w, { channel: 'desk' });
    const gate = new GatedDirectory(w.directory);
    const step = sendReceipt({ ...receiptDeps(w), directory: gate }, doc.id);
    await gate.reached; // the step has read the document and is loading the directory

    expect(await emailDeskReceipt(deskReceiptDeps(w), doc, 'zoon@example.net', 'nl', 'desk-user-7')).toBe('sent');
    gate.release();
    await step;

    expect((await current(w, doc.id)).receipt).toMatchObject({ delivery: 'email', sentAt: expect.any(String) });
    await expect(sendReceipt(receiptDeps(w), doc.id)).resolves.toBeUndefined(); // a redelivery finds it sent
    expect(w.mailer.sent).toHaveLength(1);
  });
});
