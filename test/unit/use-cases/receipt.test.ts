import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deliverOnce, receiptEffectKey, sendReceipt } from '../../../functions/receipt/receipt.ts';
import type { DocumentRecord, NewDocument } from '../../../shared/domain/document.ts';
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
    // The mail service's message id is kept: a bounce report names only that.
    expect((await current(w, doc.id)).receipt).toEqual({
      delivery: 'email',
      language: 'nl',
      sentAt: w.clock.now().toISOString(),
      messageId: `<${receiptEffectKey(doc.id)}@test>`,
    });
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

  it('posts a letter to a client with a postal address and no e-mail, in the client’s language (Arabic)', async () => {
    const w = world();
    const doc = await routedDocument(w, { clientNumber: 'K-100301' }); // language "ar", address only

    await sendReceipt(receiptDeps(w), doc.id);

    expect(w.mailer.sent).toEqual([]);
    expect(w.letters.posted).toEqual([{ documentId: doc.id, pdf: expect.any(Uint8Array), address: 'Kerkstraat 5, 1234 AB Test' }]);
    expect((await current(w, doc.id)).receipt).toMatchObject({ delivery: 'letter', language: 'ar', sentAt: expect.any(String) });
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

/** A part of a file: its pages and how the route step left it (routed to Jan's inkomen consultant unless told otherwise). */
interface PartSpec {
  pages: number[];
  fields?: Partial<NewDocument>;
}

const routedTo = (team: string, clientNumber: string | null, consultantId: string | null = null) => ({
  route: { status: 'routed' as const, team, consultantId, queue: team, clientNumber, reasons: [] },
});

/**
 * A file the split step separated into parts, as the ledger holds it: the file `split` with its
 * `childIds`, each part with its pages, own receipt number and the file's original and fingerprint.
 */
async function splitFile(w: World, specs: PartSpec[], fileFields: Partial<NewDocument> = {}) {
  const ids = specs.map(() => randomUUID());
  const file = await storedDocument(w, {
    status: 'split',
    childIds: ids,
    receiptNumber: 'PK-FILE-0000F',
    pageCount: Math.max(...specs.flatMap((p) => p.pages)),
    ...fileFields,
  });
  const parts: DocumentRecord[] = [];
  for (const [i, spec] of specs.entries())
    parts.push(
      await routedDocument(w, {
        id: ids[i],
        intakeKey: `${file.intakeKey}#pages:${spec.pages.join(',')}`,
        receiptNumber: `PK-PART-000${i + 1}`,
        fingerprint: file.fingerprint,
        objectKey: file.objectKey,
        channel: file.channel,
        receiptEmail: file.receiptEmail,
        parentId: file.id,
        pages: spec.pages,
        pageCount: spec.pages.length,
        ...spec.fields,
      }),
    );
  return { file, parts };
}

/** Each part's receipt step, one after the other, as the pipeline runs them after routing. */
const receiptStepsOf = async (w: World, parts: DocumentRecord[]) => {
  for (const part of parts) await sendReceipt(receiptDeps(w), part.id);
};

/** Jan's envelope: a payslip, a two-page objection and a medical statement. */
const JANS_ENVELOPE: PartSpec[] = [
  { pages: [1] },
  { pages: [2, 3], fields: { documentType: 'objection', ...routedTo('bezwaar', 'K-100234') } },
  { pages: [4], fields: { documentType: 'medical_statement', restricted: true, ...routedTo('werk', 'K-100234', 'c-010') } },
];

describe('sendReceipt: one receipt per submitter for the parts of a file', () => {
  it('sends one submitter one message listing all their parts: receipt number, Dutch type, pages of the file and team', async () => {
    const w = world();
    const { parts } = await splitFile(w, JANS_ENVELOPE);

    await receiptStepsOf(w, parts);

    expect(w.mailer.sent).toHaveLength(1);
    const [mail] = w.mailer.sent;
    expect(mail).toMatchObject({
      to: 'jan@example.org',
      subject: 'Ontvangstbewijs voor 3 documenten – Gemeente Test',
      idempotencyKey: receiptEffectKey(parts[0]?.id ?? ''),
      attachments: [{ filename: 'ontvangstbewijs-PK-PART-0001.pdf', contentType: 'application/pdf' }],
    });
    const rows = (mail?.text ?? '').split('\n');
    const row = (receiptNumber: string) => rows.find((r) => r.startsWith(receiptNumber))?.split(/\s{2,}/);
    expect(row('PK-PART-0001')).toEqual(['PK-PART-0001', 'loonstrook', 'pagina 1', 'Team inkomen']);
    expect(row('PK-PART-0002')).toEqual(['PK-PART-0002', 'bezwaarschrift', 'pagina 2–3', 'Team bezwaar']);
    // The medical statement is named only as confidential.
    expect(row('PK-PART-0003')).toEqual(['PK-PART-0003', 'vertrouwelijk document', 'pagina 4', 'Team werk']);
    expect(mail?.text).toContain('PK-PART-0002: Wij bevestigen dat wij uw bezwaarschrift hebben ontvangen (artikel 6:14');
    expect(mail?.text).not.toContain('123456782');
    expect(mail?.text).not.toMatch(/medische/i);
    expect(new TextDecoder().decode(mail?.attachments?.[0]?.content.slice(0, 5))).toBe('%PDF-');

    // Every part records the same message: sent at the same time, listing the same parts.
    const ids = parts.map((p) => p.id);
    for (const part of parts) {
      expect((await current(w, part.id)).receipt).toEqual({
        delivery: 'email',
        language: 'nl',
        sentAt: w.clock.now().toISOString(),
        parts: ids,
        messageId: `<${receiptEffectKey(parts[0]?.id ?? '')}@test>`,
      });
      expect(receiptEvents(w, part.id)).toEqual(['receipt.sent']);
    }
  });

  it('sends each submitter in a mailroom stack their own receipt, in their own way and language', async () => {
    const w = world();
    const fatima = { clientNumber: 'K-100301', ...routedTo('inkomen', 'K-100301', 'c-004') }; // letter, in English
    const { parts } = await splitFile(w, [
      { pages: [1, 2] },
      { pages: [3], fields: fatima },
      { pages: [4, 5], fields: { ...fatima, documentType: 'rental_agreement' } },
      { pages: [6], fields: { documentType: 'bank_statement' } },
    ]);
    const [jan1, fatima1, fatima2, jan2] = parts.map((p) => p.id);

    await receiptStepsOf(w, parts);

    expect(w.mailer.sent.map((m) => [m.to, m.subject])).toEqual([['jan@example.org', 'Ontvangstbewijs voor 2 documenten – Gemeente Test']]);
    expect(w.mailer.sent[0]?.text).toMatch(/PK-PART-0001 +loonstrook +pagina 1–2/);
    expect(w.mailer.sent[0]?.text).toMatch(/PK-PART-0004 +bankafschrift +pagina 6/);
    expect(w.mailer.sent[0]?.text).not.toMatch(/PK-PART-0002|PK-PART-0003/);
    expect(w.letters.posted).toEqual([{ documentId: fatima1, pdf: expect.any(Uint8Array), address: 'Kerkstraat 5, 1234 AB Test' }]);
    expect((await current(w, jan1 ?? '')).receipt?.parts).toEqual([jan1, jan2]);
    expect((await current(w, fatima2 ?? '')).receipt).toMatchObject({ delivery: 'letter', language: 'ar', parts: [fatima1, fatima2] });
  });

  it('lists in English for a client who reads English', async () => {
    const w = world();
    const { parts } = await splitFile(w, JANS_ENVELOPE.slice(0, 2), { receiptEmail: 'visitor@example.net' });
    const english = {
      ...w,
      directorySource: { load: async () => ({ ...w.directory, clients: w.directory.clients.map((c) => ({ ...c, language: 'en' })) }) },
    };

    await receiptStepsOf(english, parts);

    expect(w.mailer.sent).toHaveLength(1);
    expect(w.mailer.sent[0]).toMatchObject({ to: 'visitor@example.net', subject: 'Receipt for 2 documents – Gemeente Test' });
    expect(w.mailer.sent[0]?.text).toMatch(/Receipt number +Type of document +In the file +Handled by/);
    expect(w.mailer.sent[0]?.text).toMatch(/PK-PART-0002 +objection +pages 2–3 +Team bezwaar/);
  });

  it('sends what a desk visitor handed in to the address given at the desk, in one message, whoever the parts are about', async () => {
    const w = world();
    const { parts } = await splitFile(
      w,
      [{ pages: [1] }, { pages: [2], fields: { clientNumber: 'K-100301', ...routedTo('inkomen', 'K-100301', 'c-004') } }],
      { channel: 'desk', receiptEmail: 'balie-kopie@example.net' },
    );

    await receiptStepsOf(w, parts);

    expect(w.mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      ['balie-kopie@example.net', 'Ontvangstbewijs voor 2 documenten – Gemeente Test'],
    ]);
    expect(w.letters.posted).toEqual([]);
  });

  it('waits while another part of the file is still being routed, then sends one message when that part arrives', async () => {
    const w = world();
    const { parts } = await splitFile(w, [
      { pages: [1] },
      { pages: [2], fields: { status: 'separated', route: null, clientNumber: null } },
    ]);
    const [payslip, late] = parts;
    if (!payslip || !late) throw new Error('two parts expected');

    await sendReceipt(receiptDeps(w), payslip.id);
    await sendReceipt(receiptDeps(w), payslip.id); // redelivered: still waits
    expect(w.mailer.sent).toEqual([]);
    expect((await current(w, payslip.id)).receipt).toBeNull();

    // The route step decides the late part (another of Jan's payslips) and runs its receipt step.
    w.clock.advance(5_000);
    await w.ledger.update(
      late.id,
      { status: 'routed', documentType: 'payslip', clientNumber: 'K-100234', ...routedTo('inkomen', 'K-100234', 'c-002') },
      { type: 'routed' },
    );
    await sendReceipt(receiptDeps(w), late.id);

    expect(w.mailer.sent).toHaveLength(1);
    expect(w.mailer.sent[0]?.text).toMatch(/PK-PART-0001 .*pagina 1[\s\S]*PK-PART-0002 .*pagina 2/);
    expect((await current(w, payslip.id)).receipt?.sentAt).toBe(w.clock.now().toISOString());
  });

  it('does not hold the others up for a part in triage without a client: that part gets its own receipt once triage names the client', async () => {
    const w = world();
    const unknown = {
      status: 'triage' as const,
      documentType: 'other' as const,
      clientNumber: null,
      route: { status: 'triage' as const, team: 'triage', consultantId: null, queue: 'triage', clientNumber: null, reasons: [] },
    };
    const { parts } = await splitFile(w, [{ pages: [1] }, { pages: [2], fields: unknown }, { pages: [3] }]);
    const [first, inTriage, third] = parts;
    if (!first || !inTriage || !third) throw new Error('three parts expected');

    await receiptStepsOf(w, parts);

    expect(w.mailer.sent).toHaveLength(1);
    expect((await current(w, first.id)).receipt?.parts).toEqual([first.id, third.id]);
    expect((await current(w, inTriage.id)).receipt).toEqual({ delivery: 'pending', language: 'nl' });

    // Triage names Jan: the triage use case clears the pending receipt and queues the receipt step.
    await w.ledger.update(
      inTriage.id,
      { status: 'routed', clientNumber: 'K-100234', receipt: null, ...routedTo('inkomen', 'K-100234', 'c-002') },
      { type: 'triaged' },
    );
    await sendReceipt(receiptDeps(w), inTriage.id);
    await receiptStepsOf(w, parts); // the others' steps again: nothing new

    expect(w.mailer.sent.map((m) => m.subject)).toEqual([
      'Ontvangstbewijs voor 2 documenten – Gemeente Test',
      'Ontvangstbewijs PK-PART-0002 – Gemeente Test',
    ]);
    expect((await current(w, inTriage.id)).receipt).toEqual({
      delivery: 'email',
      language: 'nl',
      sentAt: w.clock.now().toISOString(),
      messageId: `<${receiptEffectKey(inTriage.id)}@test>`,
    });
  });

  it('sends one message when every part’s step runs at once, and again at once when redelivered', async () => {
    const w = world();
    const { parts } = await splitFile(w, JANS_ENVELOPE);
    const all = () => Promise.allSettled(parts.flatMap((p) => [sendReceipt(receiptDeps(w), p.id), sendReceipt(receiptDeps(w), p.id)]));

    const outcomes = [...(await all()), ...(await all())];

    expect(w.mailer.sent).toHaveLength(1);
    expect(w.mailer.sent[0]?.subject).toBe('Ontvangstbewijs voor 3 documenten – Gemeente Test');
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(TransientError);
    for (const part of parts) expect(receiptEvents(w, part.id)).toEqual(['receipt.sent']);
  });

  it('does not send a part again that was receipted on its own before (at the desk): the message lists the rest', async () => {
    const w = world();
    const { parts } = await splitFile(w, JANS_ENVELOPE);
    const [payslip] = parts;
    await deliverOnce(receiptDeps(w), payslip?.id ?? '', { delivery: 'email', language: 'nl', deliver: async () => {} });

    await receiptStepsOf(w, parts);

    expect(w.mailer.sent).toHaveLength(1);
    expect(w.mailer.sent[0]?.subject).toBe('Ontvangstbewijs voor 2 documenten – Gemeente Test');
    expect(w.mailer.sent[0]?.text).not.toContain('PK-PART-0001');
  });

  it('waits for a run that holds one part’s claim, and after a crash between recording the parts sends nothing again', async () => {
    const w = world();
    const { parts } = await splitFile(w, JANS_ENVELOPE.slice(0, 2));
    const [a, b] = parts;
    if (!a || !b) throw new Error('two parts expected');
    // The crashed run: claimed both, sent the message, recorded it on the first part only.
    await claimedByAnotherRun(w, a.id);
    await claimedByAnotherRun(w, b.id);
    const sentAt = w.clock.now().toISOString();
    await w.ledger.update(a.id, { receipt: { delivery: 'email', language: 'nl', sentAt, parts: [a.id, b.id] } }, { type: 'receipt.sent' });

    await expect(sendReceipt(receiptDeps(w), b.id)).rejects.toBeInstanceOf(TransientError); // its claim still holds
    w.clock.advance(LEASE_MS + 1);
    await sendReceipt(receiptDeps(w), b.id);

    expect(w.mailer.sent).toEqual([]);
    expect((await current(w, b.id)).receipt).toEqual({ delivery: 'email', language: 'nl', sentAt, parts: [a.id, b.id] });
    expect(receiptEvents(w, b.id)).toEqual(['receipt.sent']);
  });

  it('gives a part that is its submitter’s only one in the file the ordinary receipt, as a file of one document gets', async () => {
    const w = world();
    const { parts } = await splitFile(w, [
      { pages: [1, 2] },
      { pages: [3], fields: { clientNumber: 'K-100301', ...routedTo('inkomen', 'K-100301', 'c-004') } },
    ]);
    const single = await routedDocument(w, { receiptNumber: 'PK-SOLO-0001' });

    await receiptStepsOf(w, [...parts, single]);

    expect(w.mailer.sent.map((m) => [m.subject, m.idempotencyKey])).toEqual([
      ['Ontvangstbewijs PK-PART-0001 – Gemeente Test', receiptEffectKey(parts[0]?.id ?? '')],
      ['Ontvangstbewijs PK-SOLO-0001 – Gemeente Test', receiptEffectKey(single.id)],
    ]);
    expect(w.mailer.sent[0]?.text).toMatch(/Aantal pagina's +2\n/);
    expect((await current(w, single.id)).receipt).toEqual({
      delivery: 'email',
      language: 'nl',
      sentAt: w.clock.now().toISOString(),
      messageId: `<${receiptEffectKey(single.id)}@test>`,
    });
    expect((await current(w, parts[0]?.id ?? '')).receipt?.parts).toBeUndefined();
  });

  it('waits while the file is still being read (a part sent on early), and sends one message once the file is separated', async () => {
    const w = world();
    const { file, parts } = await splitFile(w, JANS_ENVELOPE);
    // The first two parts went on while the last page was read: the file is not separated yet.
    await w.ledger.update(file.id, { status: 'received', childIds: [] }, { type: 'test' });
    await receiptStepsOf(w, parts.slice(0, 2));
    expect(w.mailer.sent).toHaveLength(0);

    await w.ledger.update(file.id, { status: 'split', childIds: parts.map((p) => p.id) }, { type: 'test' });
    await receiptStepsOf(w, parts); // the split step sends every part on again
    expect(w.mailer.sent).toHaveLength(1);
    expect(w.mailer.sent[0]?.subject).toBe('Ontvangstbewijs voor 3 documenten – Gemeente Test');
  });
});

describe('sendReceipt: the language of the receipt', () => {
  it('writes it in the language of the document when the directory gives none for the client', async () => {
    const w = world();
    const doc = await routedDocument(w, { language: 'en' }); // K-100234: no language in the directory

    await sendReceipt(receiptDeps(w), doc.id);

    expect((await current(w, doc.id)).receipt).toMatchObject({ delivery: 'email', language: 'en' });
    expect(w.mailer.sent[0]?.text).toContain('Received on');
  });

  it('follows the directory over the document: a client who reads Arabic gets Arabic, whatever the letter was in', async () => {
    const w = world();
    const doc = await routedDocument(w, { clientNumber: 'K-100301', language: 'nl' }); // language "ar" in the directory

    await sendReceipt(receiptDeps(w), doc.id);

    expect((await current(w, doc.id)).receipt).toMatchObject({ delivery: 'letter', language: 'ar' });
  });

  it('prints a walk-in’s receipt in English when the unknown submitter wrote in English', async () => {
    const w = world();
    const doc = await triageDocument(w, { channel: 'desk', language: 'en' });

    await sendReceipt(receiptDeps(w), doc.id);

    expect((await current(w, doc.id)).receipt).toEqual({ delivery: 'print', language: 'en' });
  });

  it('writes a Turkish client’s e-mail in Turkish with the Dutch text after it: subject, file name and check link in Turkish', async () => {
    const w = world();
    const turkish = {
      ...w,
      directorySource: {
        load: async () => ({
          ...w.directory,
          clients: w.directory.clients.map((c) => (c.clientNumber === 'K-100234' ? { ...c, language: 'tr-TR' } : c)),
        }),
      },
    };
    const doc = await routedDocument(w, { receiptNumber: 'PK-7Q2M-X4KD9', documentType: 'complaint', language: 'nl' });

    await sendReceipt(receiptDeps(turkish), doc.id);

    const [mail] = w.mailer.sent;
    expect(mail).toMatchObject({
      subject: 'Alındı belgesi PK-7Q2M-X4KD9 – Gemeente Test',
      attachments: [{ filename: 'alindi-belgesi-PK-7Q2M-X4KD9.pdf', contentType: 'application/pdf' }],
    });
    const text = mail?.text ?? '';
    expect(text).toContain('Şikâyetinizi aldığımızı onaylıyoruz (Algemene wet bestuursrecht, madde 9:6)');
    expect(text).toContain('https://postkamer.example/check?receipt=PK-7Q2M-X4KD9&lang=tr');
    // Dutch follows, with its own link.
    expect(text.indexOf('Wij bevestigen dat wij uw klacht hebben ontvangen')).toBeGreaterThan(text.indexOf('Şikâyetinizi'));
    expect(text).toContain('https://postkamer.example/check?receipt=PK-7Q2M-X4KD9&lang=nl');
    expect((await current(w, doc.id)).receipt).toMatchObject({ delivery: 'email', language: 'tr' });
  });

  it('falls back to Dutch for a document in a language receipts are not written in, or in none', async () => {
    const w = world();
    const german = await routedDocument(w, { language: 'de' });
    const unknown = await routedDocument(w, { language: 'und' });

    await sendReceipt(receiptDeps(w), german.id);
    await sendReceipt(receiptDeps(w), unknown.id);

    expect((await current(w, german.id)).receipt).toMatchObject({ language: 'nl' });
    expect((await current(w, unknown.id)).receipt).toMatchObject({ language: 'nl' });
  });
});
