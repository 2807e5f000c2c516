import { describe, expect, it } from 'vitest';
import { type IntakeInput, intake } from '../../../functions/intake/intake.ts';
import { AFTER_REJECTION, FIRST_STEP } from '../../../shared/domain/pipeline.ts';
import { current, intakeDeps, MONDAY_MORNING, pdfBytes, sha256, type World, world } from './world.ts';

const fromTheMailroom = (bytes: Uint8Array, extra: Partial<IntakeInput> = {}): IntakeInput => ({
  bytes,
  filename: 'envelope-0042.pdf',
  channel: 'post',
  source: 'mailroom',
  ...extra,
});

const originals = (w: World) => w.objects.keys().filter((k) => k.startsWith('originals/'));

describe('intake: a new document', () => {
  it('stores the original unchanged under its fingerprint and records it as received with a receipt number', async () => {
    const w = world();
    const bytes = pdfBytes('payslip of March');

    const result = await intake(intakeDeps(w), fromTheMailroom(bytes));

    expect(result.status).toBe('accepted');
    expect(result.document).toMatchObject({
      status: 'received',
      fingerprint: sha256(bytes),
      mediaType: 'application/pdf',
      byteSize: bytes.byteLength,
      filename: 'envelope-0042.pdf',
      channel: 'post',
      source: 'mailroom',
      receivedAt: MONDAY_MORNING,
      duplicateOf: null,
      rejectReason: null,
    });
    expect(result.document.receiptNumber).toMatch(/^PK-[0-9A-Z]{4}-[0-9A-Z]{5}$/);
    expect(await w.objects.get(result.document.objectKey)).toEqual(bytes);
    expect(await current(w, result.document.id)).toEqual(result.document);
    expect(w.ledger.eventTypes(result.document.id)).toEqual(['received']);
  });

  it('sends the document to the first step of the pipeline (extract)', async () => {
    const w = world();
    const { document } = await intake(intakeDeps(w), fromTheMailroom(pdfBytes('a letter')));
    expect(FIRST_STEP).toBe('extract');
    expect(w.queue.sent).toEqual([{ step: FIRST_STEP, documentId: document.id }]);
  });

  it('keeps the client chosen at the desk, the e-mail address given for the receipt and the given received time', async () => {
    const w = world();
    const { document } = await intake(
      intakeDeps(w),
      fromTheMailroom(pdfBytes('handed in at the desk'), {
        channel: 'desk',
        source: 'desk:balie-1',
        deskClientNumber: 'K-100234',
        receiptEmail: 'jan@example.org',
        receivedAt: new Date('2026-06-15T07:55:00Z'),
      }),
    );
    expect(document).toMatchObject({
      channel: 'desk',
      source: 'desk:balie-1',
      deskClientNumber: 'K-100234',
      clientNumber: 'K-100234',
      receiptEmail: 'jan@example.org',
      receivedAt: '2026-06-15T07:55:00.000Z',
    });
  });
});

describe('intake: the same bytes again', () => {
  it('records a second delivery of the same bytes as a duplicate linked to the first, with its receipt number', async () => {
    const w = world();
    const bytes = pdfBytes('the same scan');
    const first = await intake(intakeDeps(w), fromTheMailroom(bytes));
    w.clock.advance(60 * 60_000);

    const second = await intake(intakeDeps(w), fromTheMailroom(bytes, { channel: 'email', source: 'mailbox' }));

    expect(second.status).toBe('duplicate');
    expect(second.status === 'duplicate' && second.first.id).toBe(first.document.id);
    expect(second.document).toMatchObject({
      status: 'duplicate',
      duplicateOf: first.document.id,
      receiptNumber: first.document.receiptNumber,
      fingerprint: first.document.fingerprint,
      channel: 'email',
    });
    expect(second.document.id).not.toBe(first.document.id);
    expect(w.ledger.eventTypes(second.document.id)).toEqual(['duplicate']);
  });

  it('queues no second extract for a duplicate and stores the bytes once', async () => {
    const w = world();
    const bytes = pdfBytes('the same scan');
    const first = await intake(intakeDeps(w), fromTheMailroom(bytes));
    await intake(intakeDeps(w), fromTheMailroom(bytes));

    expect(w.queue.sent).toEqual([{ step: FIRST_STEP, documentId: first.document.id }]);
    expect(originals(w)).toHaveLength(1);
  });

  it('links a third copy to the first document, not to the second', async () => {
    const w = world();
    const bytes = pdfBytes('sent three times');
    const first = await intake(intakeDeps(w), fromTheMailroom(bytes));
    await intake(intakeDeps(w), fromTheMailroom(bytes));
    const third = await intake(intakeDeps(w), fromTheMailroom(bytes));
    expect(third.document.duplicateOf).toBe(first.document.id);
  });

  it('takes in the same bytes arriving at the same instant from two deliveries as one received document and one duplicate', async () => {
    const w = world();
    const bytes = pdfBytes('scanned twice at once');

    const results = await Promise.all([
      intake(intakeDeps(w), fromTheMailroom(bytes, { intakeKey: 'inbox/post/a.pdf' })),
      intake(intakeDeps(w), fromTheMailroom(bytes, { intakeKey: 'inbox/post/b.pdf' })),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual(['accepted', 'duplicate']);
    const received = w.ledger.all().filter((d) => d.status === 'received');
    expect(received).toHaveLength(1);
    expect(w.ledger.all().find((d) => d.status === 'duplicate')?.duplicateOf).toBe(received[0]?.id);
    expect(w.queue.sent).toEqual([{ step: FIRST_STEP, documentId: received[0]?.id }]);
  });
});

describe('intake: the same delivery again (a redelivered event)', () => {
  it('returns the document it created the first time and creates no new one', async () => {
    const w = world();
    const input = fromTheMailroom(pdfBytes('one upload'), { intakeKey: 's3://intake/scan-1.pdf#v1' });
    const first = await intake(intakeDeps(w), input);
    w.clock.advance(5 * 60_000);

    const again = await intake(intakeDeps(w), input);

    expect(again).toEqual({ status: 'accepted', document: first.document });
    expect(w.ledger.all()).toHaveLength(1);
    expect(w.ledger.eventTypes(first.document.id)).toEqual(['received']);
  });

  it('sends extract again while the document still waits for it (the first run may have crashed before sending)', async () => {
    const w = world();
    const input = fromTheMailroom(pdfBytes('one upload'), { intakeKey: 'inbox/post/scan-1.pdf:1024:1718438400' });
    const { document } = await intake(intakeDeps(w), input);
    await intake(intakeDeps(w), input);
    expect(w.queue.sent).toEqual([
      { step: FIRST_STEP, documentId: document.id },
      { step: FIRST_STEP, documentId: document.id },
    ]);
  });

  it('sends nothing once the document has moved on', async () => {
    const w = world();
    const input = fromTheMailroom(pdfBytes('one upload'), { intakeKey: 'inbox/post/scan-2.pdf' });
    const { document } = await intake(intakeDeps(w), input);
    await w.ledger.update(document.id, { status: 'extracted' }, { type: 'extracted' }, ['received']);

    const again = await intake(intakeDeps(w), input);

    expect(again.document.status).toBe('extracted');
    expect(w.queue.sent).toHaveLength(1);
  });

  it('returns the duplicate again when a duplicate delivery is redelivered', async () => {
    const w = world();
    const bytes = pdfBytes('the same scan');
    const first = await intake(intakeDeps(w), fromTheMailroom(bytes));
    const dup = await intake(intakeDeps(w), fromTheMailroom(bytes, { intakeKey: 'mailbox/msg-7/att-1' }));

    const again = await intake(intakeDeps(w), fromTheMailroom(bytes, { intakeKey: 'mailbox/msg-7/att-1' }));

    expect(again.status).toBe('duplicate');
    expect(again.document.id).toBe(dup.document.id);
    expect(again.status === 'duplicate' && again.first.id).toBe(first.document.id);
    expect(w.ledger.all()).toHaveLength(2);
  });
});

describe('intake: input that cannot be taken in', () => {
  it('rejects a file over the size limit with a plain reason, keeps its fingerprint but not its bytes', async () => {
    const w = world();
    const bytes = pdfBytes('x'.repeat(3000));

    const result = await intake(intakeDeps(w), fromTheMailroom(bytes, { maxBytes: 1024 }));

    expect(result.status).toBe('rejected');
    expect(result.document).toMatchObject({ status: 'rejected', fingerprint: sha256(bytes), objectKey: '', byteSize: bytes.byteLength });
    expect(result.document.rejectReason).toMatch(/too large.*limit.*Split it into smaller files/);
    expect(result.document.rejectReasonNl).toMatch(
      /^Het bestand is te groot \(0 MB; de grens is 0 MB\)\. Verdeel het over kleinere bestanden/,
    );
    expect(originals(w)).toEqual([]);
    expect(w.ledger.eventTypes(result.document.id)).toEqual(['rejected']);
  });

  it('rejects a file that is not a scan or PDF with a reason that says what to do, and keeps the original', async () => {
    const w = world();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);

    const result = await intake(intakeDeps(w), fromTheMailroom(zip, { filename: 'documents.zip' }));

    expect(result.status).toBe('rejected');
    expect(result.document.rejectReason).toMatch(/PDF or JPEG/);
    expect(result.document.rejectReasonNl).toMatch(/^Dit is een ZIP-bestand, .*PDF of JPEG/);
    expect(await w.objects.get(result.document.objectKey)).toEqual(zip);
  });

  it('raises a rejected alert and sends the document straight to its receipt step, not to extract', async () => {
    const w = world();
    const result = await intake(intakeDeps(w), fromTheMailroom(new Uint8Array(0), { filename: 'empty.pdf' }));

    expect(result.document.rejectReason).toBe('The file is empty (0 bytes). Scan the document again.');
    expect(w.alerts.open()).toEqual([
      expect.objectContaining({
        kind: 'rejected',
        key: `rejected:${result.document.id}`,
        documentId: result.document.id,
        message: `Afgewezen: het document met ontvangstbewijs ${result.document.receiptNumber}, ontvangen per post, is niet te gebruiken. Het bestand is leeg (0 bytes). Scan het document opnieuw.`,
      }),
    ]);
    expect(AFTER_REJECTION).toBe('receipt');
    expect(w.queue.sent).toEqual([{ step: AFTER_REJECTION, documentId: result.document.id }]);
  });

  it('raises no second alert and queues no second receipt when a rejected delivery is redelivered', async () => {
    const w = world();
    const input = fromTheMailroom(new Uint8Array(0), { filename: 'empty.pdf', intakeKey: 'inbox/desk/empty.pdf' });
    const first = await intake(intakeDeps(w), input);
    const again = await intake(intakeDeps(w), input);

    expect(again).toEqual({ status: 'rejected', document: first.document });
    expect(w.alerts.alerts).toHaveLength(1);
    expect(w.queue.sent).toHaveLength(1);
  });
});
